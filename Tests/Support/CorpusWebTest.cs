namespace LegalSearch.Tests.Support;

/// <summary>Base of fixtures that talk to the real app over the shared-corpus index: one app and client per fixture.</summary>
public abstract class CorpusWebTest
{
    private WebAppFactory factory = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected IServiceProvider Services => factory.Services;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new WebAppFactory(CorpusIndex.Path);
        Client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        Client.Dispose();
        factory.Dispose();
    }
}

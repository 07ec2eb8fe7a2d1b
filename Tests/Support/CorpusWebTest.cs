namespace LegalSearch.Tests.Support;

/// <summary>Base of fixtures that talk to the real app over the shared-corpus index: one app and client per fixture.</summary>
public abstract class CorpusWebTest
{
    private WebAppFactory factory = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The app's services (the same singletons the endpoints use).</summary>
    protected IServiceProvider Services => factory.Services;

    /// <summary>Configuration a fixture needs apart from the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new WebAppFactory(CorpusIndex.Path, settings: Settings);
        Client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        Client.Dispose();
        factory.Dispose();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Web.Search.Translation;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Support;

/// <summary>
/// The site's own search services (behind /api/search, /statutes and /compare), registered as Program.cs registers
/// them (with query translation when Apertium is installed), over the shared-corpus index of <see cref="CorpusIndex"/>: tests measure the real search path, not a copy.
/// </summary>
public sealed class CorpusServices : IDisposable
{
    private readonly ServiceProvider provider = new ServiceCollection()
        .AddLogging()
        .AddLuceneSearchBackend(_ => CorpusIndex.Path)
        .AddQueryTranslation(new ConfigurationBuilder().Build())
        .AddSearchServices()
        .BuildServiceProvider();

    public SearchService Search => provider.GetRequiredService<SearchService>();

    public StatuteService Statutes => provider.GetRequiredService<StatuteService>();

    /// <summary>The backend under <see cref="Search"/>, for a ranking the service would not ask for (a step of it left out).</summary>
    public ISearchBackend Backend => provider.GetRequiredService<ISearchBackend>();

    /// <summary>The first page's provision ids as the backend ranks the request without feedback (the service's spec otherwise).</summary>
    public IReadOnlyList<string> WithoutFeedback(SearchRequest request)
    {
        var translation = Search.Translate(request);
        var spec = request.ToSpec(snippets: false) with { Translations = translation.Clauses, QueryLanguage = translation.SourceLanguage };
        Assert.That(spec.Feedback, Is.False);
        return [.. Backend.Search(spec).Hits.Select(h => h.Provision.Get(Indexer.Schema.ProvisionSchema.Id) ?? "")];
    }

    public void Dispose() => provider.Dispose();
}

using LegalSearch.Bench.Search;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalSearch.Bench.Engines;

/// <summary>
/// The service behind /api/search, registered as Search.Web's Program.cs registers it (query translation with its
/// default settings, the Lucene backend, the search services), called in this process: parsing, expansion, ranking, facets and snippets, without HTTP and JSON.
/// </summary>
internal sealed class InProcessSearch : IDisposable
{
    private readonly ServiceProvider services;
    private readonly SearchService service;

    public InProcessSearch(string indexPath)
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddQueryTranslation(new ConfigurationBuilder().Build());
        services = collection.AddLuceneSearchBackend(_ => indexPath).AddSearchServices().BuildServiceProvider();
        service = services.GetRequiredService<SearchService>();
    }

    public SearchResponse Search(BenchQuery query) => service.Search(new SearchRequest(
        query.Q,
        query.Country is null ? [] : [query.Country],
        query.Lang is null ? [] : [query.Lang],
        [],
        [],
        1,
        SearchRequest.DefaultSize));

    public void Dispose() => services.Dispose();
}

using LegalSearch.Bench.Search;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Highlighting;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Bench.Engines;

/// <summary>
/// The service behind /api/search, wired as Search.Web's Program.cs wires it, called in this process: parsing,
/// expansion, ranking, facets and snippets, without HTTP and JSON.
/// </summary>
internal sealed class InProcessSearch : IDisposable
{
    private readonly SearcherProvider searchers;
    private readonly SearchService service;

    public InProcessSearch(string indexPath)
    {
        searchers = new SearcherProvider(indexPath);
        service = new SearchService(searchers, new SearchQueryParser(), new SnippetHighlighter());
    }

    public SearchResponse Search(BenchQuery query) => service.Search(new SearchRequest(
        query.Q,
        query.Country is null ? [] : [query.Country],
        query.Lang is null ? [] : [query.Lang],
        [],
        [],
        1,
        SearchRequest.DefaultSize));

    public void Dispose() => searchers.Dispose();
}

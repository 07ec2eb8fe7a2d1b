using System.Diagnostics;
using LegalSearch.Indexer.Classification;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Search;

/// <summary>Runs a validated <see cref="SearchRequest"/> on the search backend and presents one page of hits for /api/search and /search.</summary>
public sealed class SearchService(ISearchBackend backend)
{
    public SearchResponse Search(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = Rank(request);
        var hits = result.Hits.Select(hit => ToHit(hit, result.Concepts)).ToList();
        return new SearchResponse(request.Query, result.Total, request.Page, request.Size,
            Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), hits, result.Facets);
    }

    /// <summary>The ranked page before presentation (what the retrieval evaluation measures); <paramref name="snippets"/> false skips highlighting.</summary>
    public SearchResult Rank(SearchRequest request, bool snippets = true) => backend.Search(request.ToSpec(snippets));

    private static SearchHit ToHit(RankedProvision hit, IReadOnlyList<string> concepts)
    {
        var provision = ProvisionView.From(hit.Provision);
        var matchedVia = concepts
            .Where(provision.Offences.Contains)
            .Select(code => OffenceCatalog.All.First(o => o.Code == code).Labels[LanguageRegistry.Interface])
            .ToList();
        return new SearchHit(
            provision.Id, provision.StatuteId, provision.Country, provision.Language, provision.Title, provision.Year,
            provision.Article, provision.Heading, provision.Path, provision.Offences, Math.Round(hit.Score, 3),
            hit.Snippet ?? "", provision.Url, provision.Source, provision.Ocr, matchedVia);
    }
}

using LegalSearch.Indexer.Analysis;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// Ranked lists as the evaluation sees them: page 1 of the search service for a query, without snippets, with the
/// editions of one provision already folded by the service (as /api/search serves them).
/// </summary>
public static class RankedProvisions
{
    public static IReadOnlyList<ProvisionView> Of(SearchService search, string query, int size, bool expand = true, params string[] languages) =>
        Of(search, query, size, expand, translate: true, languages);

    /// <summary>Page 1 as the service serves it (editions folded), with the lexicon (<paramref name="expand"/>) and translation each on or off.</summary>
    public static IReadOnlyList<ProvisionView> Of(SearchService search, string query, int size, bool expand, bool translate, params string[] languages)
    {
        var request = new SearchRequest(query, [], languages, [], [], 1, size) { Expand = expand, Translate = translate };
        return [.. search.Rank(request, snippets: false).Hits.Select(hit => ProvisionView.From(hit.Provision))];
    }

    /// <summary>The expected provisions the index does not hold at all (segmentation missed them), whatever a query ranks.</summary>
    public static IReadOnlySet<ExpectedProvision> Absent(StatuteService statutes, IEnumerable<ExpectedProvision> expected)
    {
        var wanted = expected.Distinct().ToList();
        var countries = wanted.Select(e => e.Country).ToHashSet(StringComparer.Ordinal);
        var held = statutes.List().Where(s => countries.Contains(s.Country))
            .SelectMany(s => statutes.Find(s.Id)?.Provisions ?? [])
            .ToList();
        return wanted.Where(e => !held.Any(e.Matches)).ToHashSet();
    }
}

using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Search;

/// <summary>
/// Facet counts that let a user pick several values of one facet: the counts of a facet with chosen values are taken
/// over the matches of every other filter (its own left out), so the other values stay visible with their counts.
/// One extra count-only search per facet in use (<see cref="ISearchBackend.Facets"/>: the facet counter alone, no ranking or page), with the offence codes and glossary notions the search fed back
/// (<see cref="SearchResult.FedBack"/>, <see cref="SearchResult.FedBackNotions"/>) given rather than found again, so the counts are of the query that was searched.
/// </summary>
public static class FacetsAcrossFilters
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts(
        ISearchBackend backend, SearchSpec spec, SearchResult searched)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(searched.Facets);
        var filters = spec.Filters;
        foreach (var (facet, inUse, without) in new (string, bool, SearchFilters)[]
        {
            ("country", filters.Countries.Count > 0, filters with { Countries = [] }),
            ("language", filters.Languages.Count > 0, filters with { Languages = [] }),
            ("offence", filters.Offences.Count > 0, filters with { Offences = [] }),
            ("year", filters.Years.Count > 0, filters with { Years = [] }),
        })
        {
            if (!inUse || !result.ContainsKey(facet)) continue;
            result[facet] = backend.Facets(Counting(spec, without, searched)).GetValueOrDefault(facet) ?? result[facet];
        }
        return result;
    }

    /// <summary>The spec whose matches a facet's values are counted over: <paramref name="without"/> its own filter, the fed-back codes and notions given.</summary>
    public static SearchSpec Counting(SearchSpec spec, SearchFilters without, SearchResult searched) =>
        spec with { Filters = without, Page = 1, Size = 1, Snippets = false, Feedback = false, FedBack = searched.FedBack, Translations = [.. spec.Translations, .. searched.FedBackNotions] };
}

using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend;

/// <summary>One page of a search: the ranked hits, how many provisions matched, facet counts over all of them.</summary>
/// <param name="Facets">Facet → value → count, values by descending count (facets of <see cref="IndexFields.Facets"/>).</param>
/// <param name="Concepts">Offence codes whose terms expanded the query across languages ("matched via").</param>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<RankedProvision> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<string> Concepts);

/// <summary>A hit: the provision's stored values, its score, and (when asked) a snippet of HTML-encoded text whose only markup is &lt;mark&gt;.</summary>
public sealed record RankedProvision(StoredProvision Provision, float Score, string? Snippet);

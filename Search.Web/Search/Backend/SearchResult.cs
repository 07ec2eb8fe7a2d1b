using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend;

/// <summary>One page of a search: the ranked hits, how many provisions matched, facet counts over all of them.</summary>
/// <param name="Facets">Facet → value → count, values by descending count (facets of <see cref="IndexFields.Facets"/>).</param>
/// <param name="Concepts">Offence codes whose terms expanded the query across languages ("matched via").</param>
/// <param name="Interpretation">How the query was read, with what expansion added (<see cref="Parsing.QueryInterpretation"/>).</param>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<RankedProvision> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<string> Concepts,
    string Interpretation)
{
    /// <summary>Offence codes searched because the first ranking's best hits share them (classification feedback), not named by the query.</summary>
    public IReadOnlyList<string> FedBack { get; init; } = [];

    /// <summary>The glossary words searched because the first ranking's best hit names their notion in its heading (glossary feedback), not the query.</summary>
    public IReadOnlyList<TranslatedClause> FedBackNotions { get; init; } = [];
}

/// <summary>A hit: the provision's stored values, its score, and (when asked) a snippet of HTML-encoded text whose only markup is &lt;mark&gt;.</summary>
/// <param name="Translations">The translated clauses of the spec this provision matched (how a hit in another language was found).</param>
/// <param name="Editions">The other editions of this provision that ranked in the same window (another file or language), folded into this hit.</param>
public sealed record RankedProvision(StoredProvision Provision, float Score, string? Snippet, IReadOnlyList<TranslatedClause> Translations, IReadOnlyList<Edition> Editions)
{
    public RankedProvision(StoredProvision provision, float score, string? snippet) : this(provision, score, snippet, [], [])
    {
    }
}

/// <summary>Another edition of a hit's provision: its provision id, language and source file or URL.</summary>
public sealed record Edition(string Id, string Language, string Source);

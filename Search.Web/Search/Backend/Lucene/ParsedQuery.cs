using Lucene.Net.Search;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>The Lucene query for a user's words and the concepts (offence codes) that expanded it across languages.</summary>
/// <param name="Query">The ranked query, without request filters; its terms and spans are what snippets mark.</param>
/// <param name="Concepts">Offence codes whose terms were added by cross-language expansion ("matched via").</param>
/// <param name="Translations">Each translated clause with the Lucene query that searched it (to tell which hits it found).</param>
/// <param name="Interpretation">How the query was read, in words, with what expansion added ("How we read your query").</param>
public sealed record ParsedQuery(Query Query, IReadOnlyList<string> Concepts, IReadOnlyList<(TranslatedClause Clause, Query Query)> Translations, string Interpretation)
{
    /// <summary>Offence codes searched because the first ranking's best hits share them (<see cref="ClassificationFeedback"/>).</summary>
    public IReadOnlyList<string> FedBack { get; init; } = [];

    /// <summary>What the query was assembled from, for adding feedback to it without parsing again (<see cref="SearchQueryParser.WithFeedback"/>).</summary>
    public required Inputs BuiltFrom { get; init; }

    /// <summary>The prepared tree, the translations searched (those of the allowed languages) and whether expansion was on.</summary>
    public sealed record Inputs(PreparedTree Prepared, IReadOnlyList<TranslatedClause> Clauses, bool Expand);
}

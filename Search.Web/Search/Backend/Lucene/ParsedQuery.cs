using Lucene.Net.Search;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>The Lucene query for a user's words and the concepts (offence codes) that expanded it across languages.</summary>
/// <param name="Query">The ranked query, without filters; its terms are what snippets mark.</param>
/// <param name="Concepts">Offence codes whose terms were added by cross-language expansion ("matched via").</param>
/// <param name="Translations">Each translated clause with the Lucene query that searched it (to tell which hits it found).</param>
public sealed record ParsedQuery(Query Query, IReadOnlyList<string> Concepts, IReadOnlyList<(TranslatedClause Clause, Query Query)> Translations)
{
    public ParsedQuery(Query query, IReadOnlyList<string> concepts) : this(query, concepts, [])
    {
    }
}

using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend;

/// <summary>
/// What to search, independent of the engine. <see cref="Query"/> is the user's query parsed by our grammar
/// (<see cref="QueryTreeParser"/>); the backend translates the tree. Filters restrict without scoring.
/// </summary>
/// <param name="Page">1-based page of <paramref name="Size"/> hits.</param>
public sealed record SearchSpec(QueryTree Query, SearchFilters Filters, int Page, int Size)
{
    /// <summary>Expand concepts named in the query across languages and to the provisions classified under them (the evaluation measures both).</summary>
    public bool Expand { get; init; } = true;

    /// <summary>
    /// Feed back the offence codes the first hits share (<see cref="Lucene.ClassificationFeedback"/>) and, for a translated
    /// query, the glossary notions the first hit's heading names (<see cref="Lucene.GlossaryFeedback"/>): rank once, then
    /// again (once, for both) with those codes and notions searched too. The search service asks for it; facet counts, statute marks and
    /// comparisons rank without.
    /// </summary>
    public bool Feedback { get; init; }

    /// <summary>Offence codes to search as fed back, without a first ranking: a facet count of a search that fed them back counts the same query.</summary>
    public IReadOnlyList<string> FedBack { get; init; } = [];

    /// <summary>Translations of the query's words into other languages, searched with their own (lower) weights.</summary>
    public IReadOnlyList<TranslatedClause> Translations { get; init; } = [];

    /// <summary>The language the query is written in, when known: of a provision's editions, the one in this language is shown.</summary>
    public string? QueryLanguage { get; init; }

    /// <summary>Give each hit a highlighted snippet; ranking is the same without.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Hand back each hit's full text (a comparison shows it); a results page shows only the snippet, and then the text is not read into the hit.</summary>
    public bool Texts { get; init; } = true;

    /// <summary>The work this search may do (<c>Limits:SearchBudgetMs</c>); past it the search stops (<see cref="SearchBudgetExceededException"/>).</summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;

    public static TimeSpan DefaultBudget { get; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Repeatable filters: values of one filter are OR-ed, different filters AND-ed; an empty list does not filter, except
/// <paramref name="Kinds"/>: empty leaves out the kinds that are not the law's words to cite
/// (<see cref="Indexer.Domain.ProvisionKinds.HiddenByDefault"/>: contents, signatures). Languages also choose which
/// language fields bare words search.
/// </summary>
public sealed record SearchFilters(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Offences,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Kinds)
{
    public static SearchFilters None { get; } = new([], [], [], [], []);
}

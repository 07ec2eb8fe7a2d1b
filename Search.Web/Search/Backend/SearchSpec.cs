namespace LegalSearch.Web.Search.Backend;

/// <summary>
/// What to search, independent of the engine. <see cref="Query"/> is the user's text as typed; the backend parses
/// it (the query language will hand a parsed tree here instead). Filters restrict without scoring.
/// </summary>
/// <param name="Page">1-based page of <paramref name="Size"/> hits.</param>
public sealed record SearchSpec(string Query, SearchFilters Filters, int Page, int Size)
{
    /// <summary>Expand concepts named in the query across languages and to the provisions classified under them (the evaluation measures both).</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Give each hit a highlighted snippet; ranking is the same without.</summary>
    public bool Snippets { get; init; } = true;
}

/// <summary>Repeatable filters: values of one filter are OR-ed, different filters AND-ed; an empty list does not filter. Languages also choose which language fields bare words search.</summary>
public sealed record SearchFilters(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Offences,
    IReadOnlyList<int> Years)
{
    public static SearchFilters None { get; } = new([], [], [], []);
}

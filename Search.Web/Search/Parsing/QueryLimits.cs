namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// What one query may ask for: characters, clauses (words, phrases, prefixes, filters: the leaves of the tree) and
/// depth of parentheses. Past a limit the query is a 400 that says which.
/// </summary>
public sealed record QueryLimits(int MaxLength, int MaxClauses, int MaxDepth)
{
    public static QueryLimits Default { get; } = new(MaxLength: 2000, MaxClauses: 1024, MaxDepth: 32);
}

namespace LegalSearch.Web.Search.Parsing;

/// <summary>A query the user must fix; becomes a 400 problem document with the position and a link to /help.</summary>
public sealed class QuerySyntaxException(QueryError error) : Exception($"{error.MessageKey} at {error.Position}")
{
    public QueryError Error { get; } = error;
}

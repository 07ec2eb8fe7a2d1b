namespace LegalSearch.Web.Search.Parsing;

/// <summary>A query the user must fix (unbalanced quotes, bad syntax); becomes a 400 ProblemDetails.</summary>
public sealed class QuerySyntaxException(string message, Exception? inner = null) : Exception(message, inner);

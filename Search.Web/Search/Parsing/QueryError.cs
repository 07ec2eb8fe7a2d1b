namespace LegalSearch.Web.Search.Parsing;

/// <summary>What is wrong with a query; each kind has a message per UI language (<see cref="QueryErrorMessages"/>).</summary>
public enum QueryErrorKind
{
    Empty,
    TooLong,
    TooManyClauses,
    TooDeep,
    UnterminatedPhrase,
    UnclosedGroup,
    UnexpectedClosingParenthesis,
    EmptyGroup,
    MissingOperand,
    UnknownField,
    MissingFieldValue,
    InvalidFieldValue,
    RegularExpression,
    LeadingWildcard,
    UnknownConnector,
    InvalidDistance,
    InvalidProximityOperand,
    ExclusionInAlternative,
    OnlyExclusions,
    NoSearchableWords,
}

/// <summary>
/// A query error at a place in what the user typed: <paramref name="Position"/> and <paramref name="Length"/> are
/// character offsets; <paramref name="Arguments"/> fill the message (the field name, the limit...).
/// </summary>
public sealed record QueryError(QueryErrorKind Kind, int Position, int Length, IReadOnlyList<string> Arguments)
{
    public QueryError(QueryErrorKind kind, SourceSpan span, params string[] arguments) : this(kind, span.Start, span.Length, arguments)
    {
    }

    /// <summary>Stable key of the message ("query.unterminatedPhrase"), for clients that show their own text.</summary>
    public string MessageKey => $"query.{char.ToLowerInvariant(Kind.ToString()[0])}{Kind.ToString()[1..]}";

    /// <summary>The anchor of the /help section that explains the form the error is about.</summary>
    public string HelpAnchor => Kind switch
    {
        QueryErrorKind.UnterminatedPhrase => "phrases",
        QueryErrorKind.UnclosedGroup or QueryErrorKind.UnexpectedClosingParenthesis or QueryErrorKind.EmptyGroup
            or QueryErrorKind.MissingOperand or QueryErrorKind.ExclusionInAlternative or QueryErrorKind.OnlyExclusions => "boolean",
        QueryErrorKind.UnknownField or QueryErrorKind.MissingFieldValue or QueryErrorKind.InvalidFieldValue => "fields",
        QueryErrorKind.RegularExpression or QueryErrorKind.LeadingWildcard => "wildcards",
        QueryErrorKind.UnknownConnector or QueryErrorKind.InvalidDistance or QueryErrorKind.InvalidProximityOperand => "proximity",
        QueryErrorKind.TooLong or QueryErrorKind.TooManyClauses or QueryErrorKind.TooDeep => "limits",
        _ => "words",
    };
}

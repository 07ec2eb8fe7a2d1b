namespace LegalSearch.Web.Search.Parsing;

/// <summary>The kinds of token the lexer reads.</summary>
public enum QueryTokenKind
{
    Word,
    Phrase,
    LeftParenthesis,
    RightParenthesis,
    And,
    Or,
    Not,
    Minus,
    Connector,
    Field,
    End,
}

/// <summary>
/// One token: <paramref name="Text"/> is the word, the phrase's inside or the field name; a phrase carries its
/// <c>~n</c> (<paramref name="Number"/>) and <c>^n</c> (<paramref name="Boost"/>); a connector its kind and distance.
/// </summary>
public sealed record QueryToken(
    QueryTokenKind Kind,
    string Text,
    SourceSpan Span,
    int Number = 0,
    float? Boost = null,
    ProximityKind Proximity = ProximityKind.Near);

using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// Cuts a query into tokens. Operators are upper case (<c>AND OR NOT NEAR PRE</c>) so that "and", "or", "not" stay
/// words; connectors (<c>/s /p /5 w/5 NEAR/5 PRE/5</c>) stand apart between spaces, so a slash inside a word
/// ("999/1992", "and/or") is text; a field is a known name and a colon at the start of a word (<c>country:CO</c>).
/// </summary>
public static partial class QueryLexer
{
    /// <summary>Distance of <c>NEAR</c> written without a number.</summary>
    public const int DefaultNearDistance = 10;

    /// <summary>Largest distance a connector may ask for.</summary>
    public const int MaxDistance = 1000;

    public static IReadOnlyList<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '(' && SubsectionAt(text, i) is { } subsection)
            {
                i += subsection;
                continue;
            }
            var token = c switch
            {
                '(' => new QueryToken(QueryTokenKind.LeftParenthesis, "(", new SourceSpan(i, 1)),
                ')' => new QueryToken(QueryTokenKind.RightParenthesis, ")", new SourceSpan(i, 1)),
                '"' => ReadPhrase(text, i),
                '-' when i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-' => new QueryToken(QueryTokenKind.Minus, "-", new SourceSpan(i, 1)),
                '/' => ReadSlash(text, i),
                _ => ReadWord(text, i),
            };
            tokens.Add(token);
            i = token.Span.End;
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, "", new SourceSpan(text.Length, 0)));
        return tokens;
    }

    private static QueryToken ReadPhrase(string text, int start)
    {
        var close = text.IndexOf('"', start + 1);
        if (close < 0) throw new QuerySyntaxException(new QueryError(QueryErrorKind.UnterminatedPhrase, new SourceSpan(start, text.Length - start)));
        var end = close + 1;
        var slop = 0;
        float? boost = null;
        if (end < text.Length && text[end] == '~')
        {
            var digits = Digits(text, end + 1);
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop > MaxDistance)
            {
                throw new QuerySyntaxException(new QueryError(QueryErrorKind.InvalidDistance, new SourceSpan(end, digits.Length + 1), MaxDistance.ToString(CultureInfo.InvariantCulture)));
            }
            end += 1 + digits.Length;
        }
        if (end < text.Length && text[end] == '^' && BoostAt(text, end) is { } parsed)
        {
            boost = parsed.Boost;
            end = parsed.End;
        }
        return new QueryToken(QueryTokenKind.Phrase, text[(start + 1)..close], new SourceSpan(start, end - start), slop, boost);
    }

    /// <summary><c>/s</c>, <c>/p</c>, <c>/5</c> are connectors; <c>/…/</c> is a regular expression, which we refuse.</summary>
    private static QueryToken ReadSlash(string text, int start)
    {
        var end = WordEnd(text, start);
        var run = text[start..end];
        if (Connector(run, start) is { } connector) return connector;
        var closing = text.IndexOf('/', start + 1);
        if (closing > start + 1)
        {
            throw new QuerySyntaxException(new QueryError(QueryErrorKind.RegularExpression, new SourceSpan(start, WordEnd(text, closing) - start)));
        }
        throw new QuerySyntaxException(new QueryError(QueryErrorKind.UnknownConnector, new SourceSpan(start, run.Length), run));
    }

    private static QueryToken ReadWord(string text, int start)
    {
        var field = FieldPrefix().Match(text, start);
        if (field.Success && field.Index == start)
        {
            var name = field.Groups["name"].Value.ToLowerInvariant();
            var afterColon = start + field.Length;
            var valueFollows = afterColon < text.Length && !char.IsWhiteSpace(text[afterColon]) && text[afterColon] != ')';
            if (QueryFields.ByName.ContainsKey(name))
            {
                if (!valueFollows) throw new QuerySyntaxException(new QueryError(QueryErrorKind.MissingFieldValue, new SourceSpan(start, field.Length), name));
                return new QueryToken(QueryTokenKind.Field, name, new SourceSpan(start, field.Length));
            }
            if (valueFollows)
            {
                throw new QuerySyntaxException(new QueryError(QueryErrorKind.UnknownField, new SourceSpan(start, field.Length), field.Groups["name"].Value,
                    string.Join(", ", QueryFields.ByName.Keys)));
            }
        }
        var end = WordEnd(text, start);
        var word = text[start..end];
        var span = new SourceSpan(start, word.Length);
        return word switch
        {
            "AND" or "&&" => new QueryToken(QueryTokenKind.And, word, span),
            "OR" or "||" => new QueryToken(QueryTokenKind.Or, word, span),
            "NOT" => new QueryToken(QueryTokenKind.Not, word, span),
            _ => Connector(word, start) ?? new QueryToken(QueryTokenKind.Word, word, span),
        };
    }

    /// <summary>The connector a word spells, if any: <c>NEAR</c>, <c>NEAR/5</c>, <c>w/5</c>, <c>PRE/5</c>, <c>/5</c>, <c>/s</c>, <c>w/s</c>, <c>/p</c>, <c>w/p</c>.</summary>
    private static QueryToken? Connector(string word, int start)
    {
        var span = new SourceSpan(start, word.Length);
        if (word == "NEAR") return Near(ProximityKind.Near, DefaultNearDistance, word, span);
        var match = ConnectorPattern().Match(word);
        if (!match.Success)
        {
            return word.StartsWith("NEAR/", StringComparison.Ordinal) || word.StartsWith("PRE/", StringComparison.Ordinal)
                ? throw new QuerySyntaxException(new QueryError(QueryErrorKind.InvalidDistance, span, MaxDistance.ToString(CultureInfo.InvariantCulture)))
                : null;
        }
        var unit = match.Groups["unit"].Value;
        var op = match.Groups["op"].Value.ToUpperInvariant();
        if (unit.Equals("s", StringComparison.OrdinalIgnoreCase)) return op is "" or "W" ? Near(ProximityKind.Sentence, 0, word, span) : null;
        if (unit.Equals("p", StringComparison.OrdinalIgnoreCase)) return op is "" or "W" ? Near(ProximityKind.Paragraph, 0, word, span) : null;
        if (!int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var distance) || distance > MaxDistance)
        {
            throw new QuerySyntaxException(new QueryError(QueryErrorKind.InvalidDistance, span, MaxDistance.ToString(CultureInfo.InvariantCulture)));
        }
        return Near(op == "PRE" ? ProximityKind.Before : ProximityKind.Near, distance, word, span);
    }

    private static QueryToken Near(ProximityKind kind, int distance, string word, SourceSpan span) =>
        new(QueryTokenKind.Connector, word, span, distance, Proximity: kind);

    private static (float Boost, int End)? BoostAt(string text, int caret)
    {
        var match = BoostPattern().Match(text, caret);
        if (!match.Success || match.Index != caret) return null;
        return float.TryParse(match.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var boost) && boost > 0
            ? (boost, caret + match.Length)
            : null;
    }

    /// <summary>
    /// The length of the subsection designators written against a section number ("1030(a)(2)", "2703(d)",
    /// "487.014(1)"), or null: the index holds sections, so "18 U.S.C. 1030(a)(2)" searches section 1030. Only
    /// right after a number (or a number's letter) with no space, so "(a OR b)" stays a group.
    /// </summary>
    private static int? SubsectionAt(string text, int start)
    {
        if (start == 0) return null;
        var before = text[start - 1];
        var afterNumber = char.IsAsciiDigit(before) || (char.IsAsciiLetter(before) && start >= 2 && char.IsAsciiDigit(text[start - 2]));
        if (!afterNumber) return null;
        var match = SubsectionPattern().Match(text, start);
        return match.Success && match.Index == start ? match.Length : null;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or '"')) end++;
        return end;
    }

    private static string Digits(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return text[start..end];
    }

    [GeneratedRegex(@"\G(?<name>[A-Za-z]+):")]
    private static partial Regex FieldPrefix();

    [GeneratedRegex(@"^(?<op>NEAR|near|Near|PRE|pre|Pre|[wW])?/(?<unit>\d+|[sSpP])$")]
    private static partial Regex ConnectorPattern();

    [GeneratedRegex(@"\G(?:\([0-9A-Za-z]{1,4}\))+(?=\s|$|[.,;])")]
    private static partial Regex SubsectionPattern();

    [GeneratedRegex(@"\G\^(?<value>\d+(?:\.\d+)?)")]
    private static partial Regex BoostPattern();
}

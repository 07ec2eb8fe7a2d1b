using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>What a bare word is: a word, <c>prefix*</c>, <c>wild?card</c>, <c>fuzzy~1</c>, <c>boosted^2</c>.</summary>
internal static partial class WordForms
{
    public const int MaxEdits = 2;

    public static QueryNode Classify(string text, SourceSpan span)
    {
        var boosted = Boosted().Match(text);
        if (boosted.Success && float.TryParse(boosted.Groups["boost"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var boost) && boost > 0)
        {
            var inner = boosted.Groups["word"].Value;
            return new BoostNode(Bare(inner, new SourceSpan(span.Start, inner.Length)), boost, span);
        }
        return Bare(text, span);
    }

    private static QueryNode Bare(string text, SourceSpan span)
    {
        var fuzzy = Fuzzy().Match(text);
        if (fuzzy.Success)
        {
            var digits = fuzzy.Groups["edits"].Value;
            var edits = digits.Length == 0 ? MaxEdits : int.Parse(digits, CultureInfo.InvariantCulture);
            if (edits > MaxEdits) throw QueryTreeParser.Error(QueryErrorKind.InvalidDistance, span, MaxEdits.ToString(CultureInfo.InvariantCulture));
            return new FuzzyNode(fuzzy.Groups["word"].Value, edits, span);
        }
        if (text[0] is '*' or '?') throw QueryTreeParser.Error(QueryErrorKind.LeadingWildcard, span);
        var stem = text[..^1];
        if (text[^1] == '*' && stem.IndexOfAny(['*', '?']) < 0) return new PrefixNode(stem, span);
        // A question mark ending a word is the end of a question ("¿qué es acceso?"), not a wildcard.
        var wildcardPart = text[^1] == '?' ? stem : text;
        return wildcardPart.IndexOfAny(['*', '?']) >= 0 ? new WildcardNode(text, span) : new WordNode(text, span);
    }

    [GeneratedRegex(@"^(?<word>.+?)\^(?<boost>\d+(?:\.\d+)?)$")]
    private static partial Regex Boosted();

    [GeneratedRegex(@"^(?<word>[^~]+)~(?<edits>\d*)$")]
    private static partial Regex Fuzzy();
}

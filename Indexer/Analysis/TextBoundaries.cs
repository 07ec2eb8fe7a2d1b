using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Sentence and paragraph boundaries in the analyzed text, for the query connectors <c>/s</c> and <c>/p</c>: a char
/// filter puts a marker word where a sentence ends (". " after a lower-case word or a number, before a capital) and a
/// sentence and a paragraph marker where a paragraph ends (a line ending ". : ;", or a blank line). A rubric in
/// capitals ("Artículo 269A. ACCESO ABUSIVO A UN SISTEMA INFORMÁTICO. El que…") stays in the sentence it heads.
/// A match lies in one sentence when no sentence marker lies inside it (SpanNot); values of a multi-valued field
/// (text, then heading) lie <see cref="ValueGap"/> positions apart, so no match spans two of them. The stored text is untouched and offsets are corrected, so highlights land on
/// the statute's own characters. The markers are words no statute writes; ask the field's analyzer for their
/// indexed form (<see cref="TokenList.Of"/>) rather than assuming it.
/// </summary>
public static partial class TextBoundaries
{
    public const string SentenceMarker = "zzsentencezz";
    public const string ParagraphMarker = "zzparagraphzz";

    /// <summary>Positions between two values of a field: more than any proximity a query may ask for.</summary>
    public const int ValueGap = 10_000;

    /// <remarks>
    /// Each match is replaced by its first group, the marker and its second group (<see cref="MarkerCharFilter"/>): the
    /// punctuation and the capital after it are matched and put back. The words before a sentence's end are looked
    /// behind rather than matched, so the pattern is searched from its punctuation (the text between matches, and the
    /// offsets, are the same either way).
    /// </remarks>
    public static TextReader Mark(TextReader reader) =>
        new MarkerCharFilter(SentenceEnd(), $" {SentenceMarker} ",
            new MarkerCharFilter(ParagraphEnd(), $" {ParagraphMarker} {SentenceMarker} ", reader));

    /// <summary>
    /// True when the provision text that starts at <paramref name="textStart"/> in <paramref name="value"/> (after a
    /// line break: the exact field's heading and division headings) is marked and tokenized in the value as it is alone,
    /// its tokens <paramref name="textStart"/> characters on (<see cref="SharedTextFilter"/>). That holds when no match of
    /// either pattern, and no token, spans the join: the text begins with a character that is neither white space (which
    /// a paragraph end before the join would swallow) nor a mark joining the character before it; what precedes the
    /// join ends in a letter or digit (no sentence end reaches the text), or in ". : ;" (perhaps with a closing quote)
    /// and a line break, which the paragraph pattern replaces by its marker up to the text; and no word before the join
    /// is too long for the tokenizer (a skipped word would add its position to the text's first token). Matches after
    /// the join look behind at most two characters, and at the join they see white space either way.
    /// </summary>
    public static bool MarksApart(string value, int textStart)
    {
        if (textStart == 0) return true;
        if (textStart >= value.Length || value[textStart - 1] != '\n' || !BeginsWord(value[textStart])) return false;
        if (HasLongWord(value.AsSpan(0, textStart))) return false;
        var last = textStart - 1;
        while (last >= 0 && char.IsWhiteSpace(value[last])) last--;
        if (last < 0) return false;
        if (char.IsLetterOrDigit(value[last])) return true;
        var punctuation = value[last] is '"' or '”' or '»' or ')' ? last - 1 : last;
        if (punctuation < 0 || value[punctuation] is not ('.' or ':' or ';')) return false;
        var next = last + 1;
        while (value[next] is ' ' or '\t') next++;
        if (value[next] == '\r') next++;
        return value[next] == '\n';
    }

    private static bool BeginsWord(char first) =>
        !char.IsWhiteSpace(first) && !char.IsSurrogate(first) && char.GetUnicodeCategory(first) is not
            (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format);

    /// <summary>A run of more non-space characters than the standard tokenizer keeps in one token (it skips longer ones).</summary>
    private static bool HasLongWord(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run > Lucene.Net.Analysis.Standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) return true;
        }
        return false;
    }

    [GeneratedRegex(@"([.:;][""”»)]?)[ \t]*\r?\n\s*|[ \t]*\r?\n[ \t]*\r?\n\s*")]
    internal static partial Regex ParagraphEnd();

    [GeneratedRegex(@"(?<=\p{Ll}{2}|\d|\))([.!?][""”»)]?)\s+([¿¡""“«(]?\p{Lu})")]
    internal static partial Regex SentenceEnd();
}

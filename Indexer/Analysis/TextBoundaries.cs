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

    [GeneratedRegex(@"([.:;][""”»)]?)[ \t]*\r?\n\s*|[ \t]*\r?\n[ \t]*\r?\n\s*")]
    internal static partial Regex ParagraphEnd();

    [GeneratedRegex(@"(?<=\p{Ll}{2}|\d|\))([.!?][""”»)]?)\s+([¿¡""“«(]?\p{Lu})")]
    internal static partial Regex SentenceEnd();
}

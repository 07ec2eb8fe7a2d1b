using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Pattern;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Sentence and paragraph boundaries in the analyzed text, for the query connectors <c>/s</c> and <c>/p</c>: a char
/// filter puts a marker word where a sentence ends (". " before a capital) and a sentence and a paragraph marker
/// where a paragraph ends (a line ending ". : ;", or a blank line). A match lies in one sentence when no sentence
/// marker lies inside it (SpanNot). The stored text is untouched and offsets are corrected, so highlights land on
/// the statute's own characters. The markers are words no statute writes; ask the field's analyzer for their
/// indexed form (<see cref="TokenList.Of"/>) rather than assuming it.
/// </summary>
public static partial class TextBoundaries
{
    public const string SentenceMarker = "zzsentencezz";
    public const string ParagraphMarker = "zzparagraphzz";

    public static TextReader Mark(TextReader reader) =>
        new PatternReplaceCharFilter(SentenceEnd(), $" {SentenceMarker} ",
            new PatternReplaceCharFilter(ParagraphEnd(), $" {ParagraphMarker} {SentenceMarker} ", reader));

    [GeneratedRegex(@"(?:(?<=[.:;][""”»)]?)[ \t]*\r?\n|[ \t]*\r?\n[ \t]*\r?\n)\s*")]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"(?<=[\p{L}\d)]{2}[.!?][""”»)]?)\s+(?=[¿¡""“«(]?\p{Lu})")]
    private static partial Regex SentenceEnd();
}

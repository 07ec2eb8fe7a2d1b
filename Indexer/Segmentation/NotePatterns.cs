using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// The note words of every registered language (<see cref="NoteWords"/>) compiled into the patterns that
/// <see cref="NoteRecognizer"/>, <see cref="SegmentWalker"/> and <see cref="SignatureBlock"/> match lines against.
/// </summary>
internal static class NotePatterns
{
    /// <summary>Matches nothing: the pattern of a kind of line no language has words for. Declared first, as the others use it.</summary>
    private static readonly Regex Never = new("(?!)", RegexOptions.CultureInvariant);

    public static Regex Lines { get; } = Whole(LanguageVocabulary.NoteLines);

    public static Regex Paragraphs { get; } = Start(LanguageVocabulary.NoteParagraphs);

    public static Regex Sections { get; } = Start(LanguageVocabulary.NoteSections);

    /// <summary>A parenthesised note inside a line (one level of nested parentheses), with the space before it.</summary>
    public static Regex Inline { get; } = LanguageVocabulary.InlineNotes.Length == 0
        ? Never
        : new($@"\s*\((?:{LanguageVocabulary.InlineNotes})[^()]*(?:\([^()]*\)[^()]*)*\)", RegexOptions.CultureInvariant);

    public static Regex CurrentWording { get; } = Start(LanguageVocabulary.CurrentWordingNotes.Length == 0 ? "" : $@"\((?:{LanguageVocabulary.CurrentWordingNotes})");

    public static Regex PriorWordings { get; } = Start(LanguageVocabulary.PriorWordingHeadings);

    public static Regex FrontMatter { get; } = Start(LanguageVocabulary.FrontMatterHeadings);

    public static Regex FrontMatterEnd { get; } = Whole(LanguageVocabulary.FrontMatterEnds);

    public static Regex Signatures { get; } = Start(LanguageVocabulary.SignatureOpenings);

    public static Regex Judgments { get; } = Whole(LanguageVocabulary.JudgmentHeadings);

    private static Regex Whole(string alternation) =>
        alternation.Length == 0 ? Never : new($"^(?:{alternation})$", RegexOptions.CultureInvariant);

    private static Regex Start(string alternation) =>
        alternation.Length == 0 ? Never : new($"^(?:{alternation})", RegexOptions.CultureInvariant);
}

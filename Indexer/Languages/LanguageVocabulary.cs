using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Languages;

/// <summary>
/// The words of every registered language together, as regex alternations ("ART[ÍI]CULO|Art[íi]culo|ARTIGO|…"),
/// for the patterns of segmentation and query parsing. A statute quotes, repeats or translates articles of other
/// languages (the bilingual Budapest Convention, amending laws), so markers are recognised in any language.
/// </summary>
public static class LanguageVocabulary
{
    /// <summary>
    /// The word before a bare provision number ("162.1" in Canadian XML, "4." in a Commonwealth bill) where the number
    /// must be named, as in the path of a quoted article: those statutes call their provisions sections.
    /// </summary>
    public const string BareNumberWord = "Section";

    public static string ArticleWords { get; } = Union(l => l.Segmentation.ArticleWords);

    public static string ArticleAbbreviations { get; } = Union(l => l.Segmentation.ArticleAbbreviations);

    public static string UndottedAbbreviations { get; } = Union(l => l.Segmentation.UndottedAbbreviations);

    /// <summary>"(?&lt;kw&gt;Article|ARTICLE)\s+(?:premier|…)", or null when no language writes its first article in words.</summary>
    public static string? FirstArticleInWords { get; } = NullIfEmpty(Union(l => l.Segmentation.FirstArticleInWords is { } words ? [words] : []));

    public static string SectionSigns { get; } = Union(l => l.Segmentation.SectionSigns);

    public static string SectionWords { get; } = Union(l => l.Segmentation.SectionWords);

    public static string SectionAbbreviations { get; } = Union(l => l.Segmentation.SectionAbbreviations);

    public static string SectionRangeWords { get; } = Union(l => l.Segmentation.SectionRangeWords);

    public static IReadOnlyList<DivisionWord> Divisions { get; } =
        [.. LanguageRegistry.All.SelectMany(l => l.Segmentation.Divisions).DistinctBy(d => (d.Upper, d.Capitalized))];

    /// <summary>Every division word, upper case and capitalised: "LIBRO|Libro|…".</summary>
    public static string DivisionWords { get; } = string.Join('|', Divisions.SelectMany(d => new[] { d.Upper, d.Capitalized }).Distinct());

    /// <summary>The divisions an amending clause names ("con un Título VII BIS").</summary>
    public static string DivisionsNamedInAmendments { get; } =
        string.Join('|', Divisions.Where(d => d.NamedInAmendments).SelectMany(d => new[] { d.Upper, d.Capitalized }).Distinct());

    /// <summary>Upper-case division headings that end the lead of a provision ("CAPÍTULO II").</summary>
    public static string DivisionsEndingLead { get; } = string.Join('|', Divisions.Where(d => d.EndsLead).Select(d => d.Upper).Distinct());

    public static IReadOnlySet<string> DivisionWordsInSentences { get; } =
        LanguageRegistry.All.SelectMany(l => l.Segmentation.DivisionWordsInSentences).ToHashSet(StringComparer.Ordinal);

    public static string Ordinals { get; } = Union(l => l.Segmentation.Ordinals);

    public static string TransitoryHeadings { get; } = Union(l => l.Segmentation.TransitoryHeadings);

    public static string AnnexHeadings { get; } = Union(l => l.Segmentation.AnnexHeadings);

    public static string PreambleHeadings { get; } = Union(l => l.Segmentation.PreambleHeadings);

    public static string AmendmentWords { get; } = Union(l => l.Segmentation.AmendmentWords);

    public static string SentenceOpenings { get; } = Union(l => l.Segmentation.SentenceOpenings);

    /// <summary>The note words of every language together (<see cref="NoteWords"/>), one alternation per kind of line.</summary>
    public static string NoteLines { get; } = Union(l => l.Segmentation.Notes.Lines);

    public static string NoteParagraphs { get; } = Union(l => l.Segmentation.Notes.Paragraphs);

    public static string NoteSections { get; } = Union(l => l.Segmentation.Notes.Sections);

    public static string InlineNotes { get; } = Union(l => l.Segmentation.Notes.Inline);

    public static string CurrentWordingNotes { get; } = Union(l => l.Segmentation.Notes.CurrentWording);

    public static string PriorWordingHeadings { get; } = Union(l => l.Segmentation.Notes.PriorWordings);

    public static string FrontMatterHeadings { get; } = Union(l => l.Segmentation.Notes.FrontMatter);

    public static string FrontMatterEnds { get; } = Union(l => l.Segmentation.Notes.FrontMatterEnds);

    public static string SignatureOpenings { get; } = Union(l => l.Segmentation.Notes.Signatures);

    public static string JudgmentHeadings { get; } = Union(l => l.Segmentation.Notes.Judgments);

    public static string ReferenceMarkers { get; } = Union(l => l.Citation.ReferenceMarkers);

    public static string LawWords { get; } = Union(l => l.Citation.LawWords);

    public static string ParagraphOpenings { get; } = Union(l => l.Citation.ParagraphOpenings);

    private static readonly (string Code, Regex Words)[] ArticleWordsByLanguage =
    [
        .. LanguageRegistry.All.Where(l => l.Segmentation.ArticleWords.Count > 0).Select(l =>
            (l.Code, new Regex($"^(?:{string.Join('|', l.Segmentation.ArticleWords)})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))),
    ];

    /// <summary>The language whose article word (in full, any case) <paramref name="keyword"/> is, the first registered on a tie; null for "Art.".</summary>
    public static string? LanguageOfArticleWord(string keyword) =>
        ArticleWordsByLanguage.FirstOrDefault(l => l.Words.IsMatch(keyword)).Code;

    private static string Union(Func<LanguageDefinition, IEnumerable<string>> words) =>
        string.Join('|', LanguageRegistry.All.SelectMany(words).Distinct(StringComparer.Ordinal));

    private static string? NullIfEmpty(string alternation) => alternation.Length == 0 ? null : alternation;
}

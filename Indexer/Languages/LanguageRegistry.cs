using LegalSearch.Indexer.Languages.En;
using LegalSearch.Indexer.Languages.Es;
using LegalSearch.Indexer.Languages.Fr;
using LegalSearch.Indexer.Languages.It;
using LegalSearch.Indexer.Languages.Nl;
using LegalSearch.Indexer.Languages.Pt;

namespace LegalSearch.Indexer.Languages;

/// <summary>
/// The languages LegalSearch knows, in a fixed order (the detector prefers the earlier one on a tie). A new language
/// is one <see cref="LanguageDefinition"/> in its own folder plus one line in <see cref="All"/>: its analyzed text
/// field, stop words, detector profile, OCR model, segmentation words and offence labels follow from it.
/// </summary>
public static class LanguageRegistry
{
    private static readonly SpanishLanguage Spanish = new();
    private static readonly PortugueseLanguage Portuguese = new();
    private static readonly EnglishLanguage English = new();
    private static readonly FrenchLanguage French = new();

    public static IReadOnlyList<LanguageDefinition> All { get; } =
    [
        Spanish,
        Portuguese,
        English,
        French,
        new DutchLanguage(),
        new ItalianLanguage(),
    ];

    /// <summary>ISO 639-1 codes of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(l => l.Code)];

    private static readonly Dictionary<string, LanguageDefinition> ByCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>The definition of a code ("es"), or null for a language we have no definition for.</summary>
    public static LanguageDefinition? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var language) ? language : null;

    public static bool IsKnown(string? code) => Find(code) is not null;

    /// <summary>The language of the site's own words and of the offence label shown first (the Budapest Convention's English text).</summary>
    public static string Interface => English.Code;

    /// <summary>The analysis of a statute in a language we have no definition for.</summary>
    public static string Fallback => English.Code;

    /// <summary>The detector's answer for a text without profile words: most of the corpus is Spanish.</summary>
    public static string Undetected => Spanish.Code;

    /// <summary>Tesseract models read together when a statute's language is unknown: the Latin-script languages of most of the corpus.</summary>
    public static string OcrFallback { get; } =
        string.Join('+', new LanguageDefinition[] { English, Spanish, French, Portuguese }.Select(l => l.OcrCode));
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// A PDF line that opens a provision ("Artículo 5", "Art. 154-A", "ARTICULO 153 bis", "§ 1030", "Section 4"): it
/// starts a paragraph and is never a running header. Only a layout hint; segmentation recognises the marker itself.
/// </summary>
internal static class ProvisionOpeningLine
{
    private static readonly Regex Pattern = new(
        @"^\W{0,3}(" + string.Join('|', LanguageVocabulary.ArticleWords, LanguageVocabulary.ArticleAbbreviations, LanguageVocabulary.SectionWords,
            LanguageVocabulary.SectionAbbreviations, LanguageVocabulary.SectionSigns) + @")\s*\d",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static bool Matches(string line) => Pattern.IsMatch(line);
}

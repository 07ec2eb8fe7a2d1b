using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>Headings that open the parts of a statute that are not numbered articles: transitory provisions, annexes (in the words of <see cref="LanguageVocabulary"/>).</summary>
public static class ZoneHeading
{
    /// <summary>The provision kind the heading opens (transitory / annex), or null.</summary>
    public static string? Recognize(string line)
    {
        if (line.Length > 80) return null;
        var text = line.Trim().TrimStart('#').TrimEnd(':', '.', ' ');
        if (Transitory.IsMatch(text)) return Domain.ProvisionKinds.Transitory;
        if (Annex.IsMatch(text)) return Domain.ProvisionKinds.Annex;
        return null;
    }

    /// <summary>A preamble opening after the articles: the second language's copy of a bilingual file starts again with one.</summary>
    public static bool StartsPreamble(string line) => Preamble.IsMatch(line);

    private static readonly Regex Preamble = new(@"^#*\s*(?:" + LanguageVocabulary.PreambleHeadings + ")", RegexOptions.Compiled);

    private static readonly Regex Transitory = new(@"^(?:" + LanguageVocabulary.TransitoryHeadings + ")$", RegexOptions.Compiled);

    private static readonly Regex Annex = new(@"^(?:" + LanguageVocabulary.AnnexHeadings + @")(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?$", RegexOptions.Compiled);
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Recognises the words with which an amending article introduces quoted text of another statute
/// ("…con un Título VII BIS …, del siguiente tenor:", "Agrégase el siguiente artículo 218 bis, nuevo:",
/// "The Act is amended by adding the following after section 162:").
/// </summary>
public static class AmendmentClause
{
    /// <summary>True when the line ends an insertion clause: it ends with a colon and speaks of adding / amending text.</summary>
    public static bool EndsWithColon(string line) => line.TrimEnd(' ', '"', '“', '”', '(', '.').EndsWith(':');

    public static bool Opens(string line, string provisionText)
    {
        if (!EndsWithColon(line)) return false;
        return Insertion.IsMatch(line) || Insertion.IsMatch(Tail(provisionText));
    }

    /// <summary>Division headings named in the clause ("Título VII BIS"): the place the quoted articles take in the amended statute.</summary>
    public static IReadOnlyList<StructureHeading> NamedDivisions(string provisionText)
    {
        var found = new List<StructureHeading>();
        foreach (Match match in Division.Matches(Tail(provisionText)))
        {
            if (StructureHeading.Recognize(match.Value) is { } heading) found.Add(heading);
        }
        return found;
    }

    private static string Tail(string text) => text.Length > 600 ? text[^600..] : text;

    private static readonly Regex Insertion = new(@"(?i)(" + LanguageVocabulary.AmendmentWords + ")", RegexOptions.Compiled);

    private static readonly Regex Division = new(
        @"(?:" + LanguageVocabulary.DivisionsNamedInAmendments + @")\s+[IVXLCDM\d]+(?:\s+(?:BIS|bis|Bis))?", RegexOptions.Compiled);
}

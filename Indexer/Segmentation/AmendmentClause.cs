using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Recognises the words with which an amending article introduces quoted text of another statute
/// ("…con un Título VII BIS …, del siguiente tenor:", "Agrégase el siguiente artículo 218 bis, nuevo:",
/// "The Act is amended by adding the following after section 162:").
/// </summary>
public static partial class AmendmentClause
{
    /// <summary>True when the line ends an insertion clause: it ends with a colon and speaks of adding / amending text.</summary>
    public static bool EndsWithColon(string line) => line.TrimEnd(' ', '"', '“', '”', '(', '.').EndsWith(':');

    public static bool Opens(string line, string provisionText)
    {
        if (!EndsWithColon(line)) return false;
        return Insertion().IsMatch(line) || Insertion().IsMatch(Tail(provisionText));
    }

    /// <summary>Division headings named in the clause ("Título VII BIS"): the place the quoted articles take in the amended statute.</summary>
    public static IReadOnlyList<StructureHeading> NamedDivisions(string provisionText)
    {
        var found = new List<StructureHeading>();
        foreach (Match match in Division().Matches(Tail(provisionText)))
        {
            if (StructureHeading.Recognize(match.Value) is { } heading) found.Add(heading);
        }
        return found;
    }

    private static string Tail(string text) => text.Length > 600 ? text[^600..] : text;

    [GeneratedRegex(@"(?i)(del\s+siguiente\s+tenor|siguientes?\s+(?:texto|tenor|art[ií]culos?|inciso|numeral|literal|p[aá]rrafo|letra|sentido)|as[ií]\s*:|the\s+following|read\s+as\s+follows|adici[oó]n|adici[oó]nese|adic[ií]ona|agr[eé]g|insert|intercal|sustit[uú]y|reempl[aá]z|modif[ií]c|amended|texto\s*:|redacci[oó]n\s*:|ainsi|suivant|ce\s+qui\s+suit|modifi[ée]|remplac|adjonction|luidt|als\s+volgt|gewijzigd|acrescid|acrescent|vigorar)")]
    private static partial Regex Insertion();

    [GeneratedRegex(@"(?:T[ÍI]TULO|T[íi]tulo|CAP[ÍI]TULO|Cap[íi]tulo|LIBRO|Libro|SECCI[ÓO]N|Secci[óo]n|PART|Part|DIVISION|Division)\s+[IVXLCDM\d]+(?:\s+(?:BIS|bis|Bis))?")]
    private static partial Regex Division();
}

using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>Headings that open the parts of a statute that are not numbered articles: transitory provisions, annexes.</summary>
public static partial class ZoneHeading
{
    /// <summary>The provision kind the heading opens (transitory / annex), or null.</summary>
    public static string? Recognize(string line)
    {
        if (line.Length > 80) return null;
        var text = line.Trim().TrimStart('#').TrimEnd(':', '.', ' ');
        if (Transitory().IsMatch(text)) return Domain.ProvisionKinds.Transitory;
        if (Annex().IsMatch(text)) return Domain.ProvisionKinds.Annex;
        return null;
    }

    /// <summary>A preamble opening after the articles: the second language's copy of a bilingual file starts again with one.</summary>
    public static bool StartsPreamble(string line) => Preamble().IsMatch(line);

    [GeneratedRegex(@"^#*\s*(?:Preamble|PREAMBLE|Preambule|PREAMBULE|Préambule|PRÉAMBULE|Preámbulo|PREÁMBULO|Preâmbulo|PREÂMBULO)")]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^(?:DISPOSICI[ÓO]N(?:ES)?\s+TRANSITORIAS?|Disposici[óo]n(?:es)?\s+[Tt]ransitorias?|(?:ART[ÍI]CULOS?\s+)?TRANSITORIOS?|(?:Art[íi]culos?\s+)?[Tt]ransitorios?|DISPOSI[ÇC][ÕO]ES\s+TRANSIT[ÓO]RIAS|Disposi[çc][õo]es\s+[Tt]ransit[óo]rias|DISPOSITIONS\s+TRANSITOIRES|Dispositions\s+transitoires|TRANSITIONAL\s+PROVISIONS?|Transitional\s+[Pp]rovisions?|OVERGANGSBEPALINGEN|Overgangsbepalingen|(?:ADDITIONELE\s+ARTIKELEN|Additionele\s+artikelen))$")]
    private static partial Regex Transitory();

    [GeneratedRegex(@"^(?:ANEXOS?|Anexos?|ANNEX(?:E|ES)?|Annex(?:e|es)?|SCHEDULES?|Schedules?|BIJLAGEN?|Bijlagen?)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?$")]
    private static partial Regex Annex();
}

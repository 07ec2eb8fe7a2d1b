using System.Globalization;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>A division heading (Libro › Título › Capítulo › Sección; Part › Division; Title › Chapter › Subchapter).</summary>
/// <param name="Level">0 = book … 4 = section / subchapter / division; deeper levels close when a shallower one opens.</param>
/// <param name="Label">Short label for the path: "Título VII bis", "Capítulo primero", "Chapter 47".</param>
public sealed partial record StructureHeading(int Level, string Label)
{
    public static StructureHeading? Recognize(string line)
    {
        if (line.Length > 160 || Citation().IsMatch(line)) return null;
        var match = Heading().Match(line.TrimStart('#'));
        if (!match.Success) return null;
        var keyword = match.Groups["kw"].Value;
        if (IsEnglishInText(keyword) && !EnglishHeadingTail().IsMatch(line.TrimStart('#')[match.Length..])) return null;
        var level = LevelOf(ProvisionSlug.Fold(keyword.ToLowerInvariant()));
        var numeral = match.Groups["num"].Value;
        var suffix = match.Groups["latin"].Success ? " " + match.Groups["latin"].Value.ToLowerInvariant() : "";
        return new StructureHeading(level, $"{TitleCase(keyword)} {NumeralCase(numeral)}{suffix}");
    }

    /// <summary>"Title 50. Section 802 of this Act…" in a note is a citation; as a heading the English words stand alone or before a dash.</summary>
    private static bool IsEnglishInText(string keyword) =>
        keyword is "Title" or "Part" or "Chapter" or "Subchapter" or "Subtitle" or "Division" or "Section";

    private static int LevelOf(string folded) => folded switch
    {
        "libro" or "livro" or "book" or "livre" or "boek" => 0,
        "parte" or "part" or "partie" or "deel" => 1,
        "titulo" or "title" or "titre" or "titel" => 2,
        "capitulo" or "chapter" or "chapitre" or "hoofdstuk" => 3,
        _ => 4,
    };

    private static string TitleCase(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static string NumeralCase(string numeral) =>
        RomanOrDigits().IsMatch(numeral) ? numeral.ToUpperInvariant() : numeral.ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:$|[—–-]|:)")]
    private static partial Regex EnglishHeadingTail();

    /// <summary>"Title 25." on a line of its own is the end of a citation in a note, not a heading.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\s+\S+\.$")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:[IVXLCDM]+|\d+[A-Z]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanOrDigits();

    [GeneratedRegex(@"^(?<kw>LIBRO|Libro|LIVRO|Livro|BOOK|Book|LIVRE|Livre|BOEK|Boek|PARTE|Parte|PART|Part|PARTIE|Partie|DEEL|Deel|T[ÍI]TULO|T[íi]tulo|TITLE|Title|TITRE|Titre|TITEL|Titel|CAP[ÍI]TULO|Cap[íi]tulo|CHAPTER|Chapter|CHAPITRE|Chapitre|HOOFDSTUK|Hoofdstuk|SUBCHAPTER|Subchapter|SUBTITLE|Subtitle|DIVISION|Division|SECCI[ÓO]N|Secci[óo]n|SE[ÇC][ÃA]O|Se[çc][ãa]o|SECTION|Section|PARAGRAAF|Paragraaf)\s+(?<num>[IVXLCDM]+|\d+[A-Z]?|(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa]|[úu]nic[oa]|preliminar|premi[eè]re?|unique))(?:\s+(?<latin>BIS|Bis|bis|TER|Ter|ter))?(?=$|[\s.\-–—:,])(?!\s+\p{Ll})(?!\s*,)")]
    private static partial Regex Heading();
}

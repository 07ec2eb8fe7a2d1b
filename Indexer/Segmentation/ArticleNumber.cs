using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Normalizes article numbers as DESIGN.md says: letters upper-case, no space around '-', Latin ordinals
/// (bis, ter, quater… and the variants "Quáter", "Quintus", "Sextus") as lower-case words: "211 Bis" → "211 bis",
/// "145-Bis" → "145 bis", "154 - A" → "154-A".
/// </summary>
public static partial class ArticleNumber
{
    public static string Normalize(string raw)
    {
        var text = raw.Trim().TrimEnd('.', ':', ',', ';', '-', '–', '—').Trim().Replace(':', ' ');
        text = text.Replace('º', ' ').Replace('°', ' ').Replace('ª', ' ');
        text = DashBeforeLatin().Replace(text, " ");
        text = DashSpaces().Replace(text, "-");
        text = ParenthesisedPart().Replace(text, " (");
        text = Spaces().Replace(text, " ").Trim();
        var parts = text.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            var latin = CanonicalLatin(parts[i]);
            parts[i] = Latin().IsMatch(latin) ? latin : parts[i].ToUpperInvariant();
        }
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    /// <summary>"Quáter" → "quater", "Quintus" → "quinquies", "Sextus" → "sexies"; other words lower-cased.</summary>
    public static string CanonicalLatin(string word) => word.ToLowerInvariant() switch
    {
        "quáter" => "quater",
        "quintus" => "quinquies",
        "sextus" => "sexies",
        var lower => lower,
    };

    [GeneratedRegex(@"\s?[-–]\s?(?=(?i:bis|ter|qu[aá]ter|quinquies|quintus|sexies|sextus|septies|octies|nonies|decies)\b)")]
    private static partial Regex DashBeforeLatin();

    /// <summary>Argentina numbers articles "268 (1)", "268 (2)": kept, with one space before the parenthesis.</summary>
    [GeneratedRegex(@"\s*\(")]
    private static partial Regex ParenthesisedPart();

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex DashSpaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies|undecies|duodecies)$")]
    private static partial Regex Latin();
}

using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>Normalizes article numbers as DESIGN.md says: letters upper-case, no space around '-', bis/ter/quater as lower-case words.</summary>
public static partial class ArticleNumber
{
    public static string Normalize(string raw)
    {
        var text = raw.Trim().TrimEnd('.', ':', ',', ';', '-', '–', '—').Trim();
        text = text.Replace('º', ' ').Replace('°', ' ').Replace("o.", " ");
        text = DashSpaces().Replace(text, "-");
        text = Spaces().Replace(text, " ").Trim();
        var parts = text.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            var lower = parts[i].ToLowerInvariant();
            parts[i] = Latin().IsMatch(lower) ? lower : parts[i].ToUpperInvariant();
        }
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex DashSpaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)$")]
    private static partial Regex Latin();
}

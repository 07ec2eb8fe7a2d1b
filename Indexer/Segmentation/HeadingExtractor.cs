using System.Globalization;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Reads a provision's heading: the epígrafe after the number ("269A. ACCESO ABUSIVO … .", "229.- Revelación
/// ilegal de base de datos.-"), a treaty title ("Article 2 – Illegal access"), a US section catchline wrapped over
/// two lines, or the marginal note written above the number.
/// </summary>
public static partial class HeadingExtractor
{
    private const int MaxWords = 16;

    public static string? Extract(ArticleMarker marker, IReadOnlyList<string> followingLines, string? note)
    {
        if (note is not null) return Clean(note);
        var rest = marker.Rest.TrimStart('.', '-', '–', '—', ':', ' ', 'º', '°', ')');
        if (marker.Style == MarkerStyle.Section) return Catchline(rest, followingLines);
        if (rest.Length == 0) return NextLineTitle(followingLines);
        if (TreatyTitle().Match(marker.Rest) is { Success: true } treaty) return Clean(treaty.Groups["t"].Value);
        var lead = Lead(rest, followingLines);
        return UpperCaseRun(lead) ?? Epigraph(lead) ?? WholeLine(rest, followingLines);
    }

    /// <summary>"Artículo 154-A.- Tráfico ilegal de datos personales" with the text starting on the next line.</summary>
    private static string? WholeLine(string rest, IReadOnlyList<string> following)
    {
        if (rest.Length == 0 || following.Count == 0 || following[0].Length == 0) return null;
        var nextStartsSentence = char.IsUpper(following[0][0]);
        var open = !".;:,".Contains(rest[^1]) && char.IsUpper(rest[0]);
        return nextStartsSentence && open && Words(rest) <= MaxWords && !SentenceOpening.IsMatch(rest) ? Clean(rest) : null;
    }

    private static string? Catchline(string rest, IReadOnlyList<string> following)
    {
        var text = rest;
        foreach (var line in following.Take(2))
        {
            if (line.Length == 0 || !char.IsLower(line[0]) || text.EndsWith('.')) break;
            text = text.TrimEnd('-') + (text.EndsWith('-') ? "" : " ") + line;
        }
        var sentenceEnd = CatchlineEnd().Match(text);
        return Clean(sentenceEnd.Success ? text[..sentenceEnd.Index] : text);
    }

    private static string? NextLineTitle(IReadOnlyList<string> following)
    {
        if (following.Count == 0) return null;
        var line = following[0].TrimStart('#').Trim();
        if (line.Length == 0 || ListItem().IsMatch(line) || ".;:,".Contains(line[^1])) return null;
        var startsTitle = char.IsLetterOrDigit(line[0]) && !char.IsLower(line[0]);
        return startsTitle && Words(line) <= MaxWords ? Clean(line) : null;
    }

    private static string Lead(string rest, IReadOnlyList<string> following)
    {
        var lead = rest;
        foreach (var line in following.Take(2)) lead += " " + line;
        return lead;
    }

    /// <summary>"ACCESO ABUSIVO A UN SISTEMA INFORMÁTICO. El que…" → "Acceso abusivo a un sistema informático".</summary>
    private static string? UpperCaseRun(string lead)
    {
        var match = UpperRun().Match(lead);
        if (!match.Success || match.Groups["h"].Value.Count(char.IsLetter) < 4) return null;
        var heading = match.Groups["h"].Value.Trim();
        return Clean(char.ToUpper(heading[0], CultureInfo.InvariantCulture) + heading[1..].ToLower(CultureInfo.InvariantCulture));
    }

    /// <summary>"Revelación ilegal de base de datos.- La persona…", "Acceso ilícito. El que…".</summary>
    private static string? Epigraph(string lead)
    {
        var match = EpigraphText().Match(lead);
        if (!match.Success) return null;
        var heading = match.Groups["h"].Value.Trim();
        var limit = match.Groups["end"].Value switch
        {
            ":" => 6,
            "." => 10,
            _ => MaxWords,
        };
        return Words(heading) <= limit && !SentenceOpening.IsMatch(heading) ? Clean(heading) : null;
    }

    private static string? Clean(string text)
    {
        var heading = Spaces().Replace(text, " ").Trim().Trim('"', '“', '”').TrimEnd('.', ':', '-', '–', '—', ' ');
        return heading.Length is > 1 and <= 200 ? heading : null;
    }

    private static int Words(string text) => Word().Count(text);

    [GeneratedRegex(@"^(?:\d+|[a-z])[.)]\s")]
    private static partial Regex ListItem();

    /// <summary>"Repealed. Pub. L. 98–473, …": the catchline ends at its first sentence.</summary>
    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex CatchlineEnd();

    [GeneratedRegex(@"^\s+[–—-]\s+(?<t>.+)$")]
    private static partial Regex TreatyTitle();

    [GeneratedRegex(@"^(?<h>[\p{Lu}\d][\p{Lu}\d\s,;()""“”/-]*?[\p{Lu})”""])\s*[.:]")]
    private static partial Regex UpperRun();

    [GeneratedRegex(@"^(?<h>[\p{Lu}¿""“][^.:;]{1,160}?)\s*(?<end>\.\s*[-–—]|\.(?=\s+[\p{Lu}""“(])|\.$|:)")]
    private static partial Regex EpigraphText();

    private static readonly Regex SentenceOpening = new(@"^(?:" + LanguageVocabulary.SentenceOpenings + ")", RegexOptions.Compiled);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// The metadata of a crawled document: its sources.json entry first, field by field; else what the link page
/// says (link text as title and law number, the row's or heading's country, a year in the text); else the URL
/// (a "/xx/" folder as the country, a year in the file name).
/// </summary>
public static partial class DocumentMetadata
{
    public static StatuteMetadata For(Uri url, SourceEntry? entry, PageLink? link)
    {
        var linkTitle = link is null ? null : TitleFrom(link);
        var fileName = Path.GetFileNameWithoutExtension(url.AbsolutePath);
        var title = entry?.Title ?? linkTitle ?? (fileName.Length > 0 ? fileName : url.Host);
        var lawNumber = entry?.LawNumber ?? (linkTitle is null ? null : LawNumberFrom(linkTitle));
        var country = entry?.Country ?? link?.Country ?? CountryFromPath(url) ?? "XX";
        var year = entry?.Year ?? YearIn(linkTitle) ?? YearIn(fileName);
        return new StatuteMetadata(country.ToUpperInvariant(), entry?.Language, title, lawNumber, year, url.AbsoluteUri);
    }

    /// <summary>The link text, unless it is one word ("français", "PDF"): then the whole cell or list item.</summary>
    private static string? TitleFrom(PageLink link)
    {
        var text = link.Text.Length > 0 && link.Text.Contains(' ') ? link.Text : link.Context;
        return text.Length == 0 ? null : text;
    }

    /// <summary>The title without what is in parentheses ("Código Penal (HTML)" → "Código Penal").</summary>
    private static string? LawNumberFrom(string title)
    {
        var number = Parenthetical().Replace(title, " ").Trim().TrimEnd(',', ';', ':', '.', '-').Trim();
        return number.Length == 0 ? null : Spaces().Replace(number, " ");
    }

    private static string? CountryFromPath(Uri url)
    {
        var folders = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
        return folders.Reverse().FirstOrDefault(f => f.Length == 2 && f.All(char.IsAsciiLetter) || f.Equals("int", StringComparison.OrdinalIgnoreCase));
    }

    private static int? YearIn(string? text)
    {
        if (text is null) return null;
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value) : null;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")]
    private static partial Regex Year();
}

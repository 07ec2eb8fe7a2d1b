namespace LegalSearch.Web.Search;

/// <summary>How a statute is named in a citation line, and which source links may be shown.</summary>
public static class StatuteNames
{
    /// <summary>The law number when it has one ("Ley 1273 de 2009"), else the title up to its first parenthesis or dash.</summary>
    public static string Short(string title, string? lawNumber)
    {
        if (!string.IsNullOrWhiteSpace(lawNumber)) return lawNumber;
        var cut = title.Length;
        foreach (var mark in new[] { " (", " — ", " – ", "; " })
        {
            var at = title.IndexOf(mark, StringComparison.Ordinal);
            if (at > 0) cut = Math.Min(cut, at);
        }
        return title[..cut];
    }

    /// <summary>Only http(s) URLs become links (a file path or another scheme never does).</summary>
    public static bool IsWebLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

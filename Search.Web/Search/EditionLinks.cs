namespace LegalSearch.Web.Search;

/// <summary>How another edition of a hit is named and linked on the search page ("also in: EN (PDF) · NL").</summary>
public static class EditionLinks
{
    /// <summary>"EN (PDF)": the edition's language and, when its source is a file, the file's format.</summary>
    public static string Label(string language, string source)
    {
        var extension = Path.GetExtension(source).TrimStart('.').ToUpperInvariant();
        var format = extension is "PDF" or "HTML" or "HTM" or "XML" or "MD" ? $" ({extension})" : "";
        return language.ToUpperInvariant() + format;
    }

    /// <summary>The statute page at the edition's provision ("{statuteId}/art-…").</summary>
    public static string Url(string provisionId)
    {
        var slash = provisionId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? $"/statutes/{Uri.EscapeDataString(provisionId)}" : $"/statutes/{Uri.EscapeDataString(provisionId[..slash])}#{provisionId[(slash + 1)..]}";
    }
}

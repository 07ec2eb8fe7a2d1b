namespace LegalSearch.Indexer.Crawling;

public enum LinkKind { LinkPage, Document, Skipped }

/// <summary>Where a link leads, and why it is skipped when it is.</summary>
public sealed record LinkDecision(LinkKind Kind, string? Reason = null)
{
    public static LinkDecision Page { get; } = new(LinkKind.LinkPage);
    public static LinkDecision Document { get; } = new(LinkKind.Document);
    public static LinkDecision Skip(string reason) => new(LinkKind.Skipped, reason);
}

/// <summary>
/// The scope of one seed: HTML pages under its link prefixes are link pages; other same-host links to PDF, HTML or
/// XML (or with no extension) are documents, within the document prefixes when the source states them.
/// </summary>
public sealed class CrawlScope(CrawlSeed seed)
{
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase) { "", ".htm", ".html", ".php", ".asp", ".aspx", ".jsp" };
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { "", ".pdf", ".htm", ".html", ".xml", ".php", ".asp", ".aspx", ".jsp" };

    public CrawlSeed Seed => seed;

    public LinkDecision Classify(Uri url)
    {
        if (!string.Equals(url.Authority, seed.Url.Authority, StringComparison.OrdinalIgnoreCase)) return LinkDecision.Skip("other host");
        var path = url.AbsolutePath;
        var extension = Path.GetExtension(path);
        if (seed.LinkPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal)) && PageExtensions.Contains(extension)) return LinkDecision.Page;
        if (!DocumentExtensions.Contains(extension)) return LinkDecision.Skip($"not a document ({extension})");
        if (seed.DocumentPrefixes is { } prefixes && !prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal))) return LinkDecision.Skip("out of scope");
        return LinkDecision.Document;
    }

    /// <summary>A redirect may go where the original link could have led: same host, page or document in scope.</summary>
    public string? RefuseRedirect(Uri target) => Classify(target) is { Kind: LinkKind.Skipped, Reason: var reason } ? reason : null;
}

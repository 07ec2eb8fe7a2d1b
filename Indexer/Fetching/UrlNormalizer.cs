namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// One spelling per resource, so nothing is fetched twice: fragment dropped, scheme and host lower-case, default
/// port dropped, "./" and "../" resolved, an empty path made "/". Query strings are kept (they select documents).
/// </summary>
public static class UrlNormalizer
{
    public static Uri Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri) throw new ArgumentException($"not an absolute URL: {url}", nameof(url));
        var builder = new UriBuilder(url) { Fragment = "" };
        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = builder.Host.ToLowerInvariant();
        if (url.IsDefaultPort) builder.Port = -1;
        if (builder.Path.Length == 0) builder.Path = "/";
        return builder.Uri;
    }

    /// <summary>Resolves an href against the page it is on; null for what is not an http(s) URL.</summary>
    public static Uri? Resolve(Uri page, string href)
    {
        if (!Uri.TryCreate(page, href.Trim(), out var resolved)) return null;
        return resolved.Scheme is "http" or "https" ? Normalize(resolved) : null;
    }
}

namespace LegalSearch.Indexer.Fetching;

public enum FetchOutcome
{
    /// <summary>The body was read (2xx).</summary>
    Fetched,

    /// <summary>304: the cached copy is still current.</summary>
    NotModified,

    /// <summary>No usable body; <see cref="FetchResponse.Failure"/> says why.</summary>
    Failed,
}

/// <summary>What one fetch produced, after redirects and retries.</summary>
/// <param name="FinalUrl">The URL that answered (after redirects).</param>
/// <param name="Attempts">HTTP attempts made for the last hop (1 = no retry).</param>
/// <param name="StatusCode">The last HTTP status, or null when no answer came.</param>
public sealed record FetchResponse(
    Uri Url,
    Uri FinalUrl,
    FetchOutcome Outcome,
    byte[]? Body,
    string? ContentType,
    string? ETag,
    DateTimeOffset? LastModified,
    int Attempts,
    int? StatusCode,
    string? Failure)
{
    public static FetchResponse Failed(Uri url, Uri finalUrl, string reason, int attempts = 1, int? status = null) =>
        new(url, finalUrl, FetchOutcome.Failed, null, null, null, null, attempts, status, reason);
}

/// <summary>Validators of a cached copy, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified);

/// <summary>What a fetch accepts: media types, validators of a cached copy, and which redirect targets are allowed.</summary>
/// <param name="RedirectRefusal">Given a redirect target, the reason it may not be followed (null = follow).</param>
public sealed record FetchRequest(
    IReadOnlySet<string> AcceptedMediaTypes,
    CacheValidators? Validators = null,
    Func<Uri, string?>? RedirectRefusal = null)
{
    public static IReadOnlySet<string> DocumentTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "text/html", "application/xhtml+xml", "text/xml", "application/xml",
    };

    public static IReadOnlySet<string> HtmlTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml",
    };

    public static IReadOnlySet<string> TextTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text/plain" };

    public bool Accepts(string mediaType) =>
        AcceptedMediaTypes.Contains(mediaType)
        || AcceptedMediaTypes.Contains("application/xml") && mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
}

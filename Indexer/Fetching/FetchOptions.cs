namespace LegalSearch.Indexer.Fetching;

/// <summary>How politely and how patiently the crawler fetches. Tests shorten the delays and timeouts.</summary>
public sealed record FetchOptions
{
    /// <summary>Sent with every request so a site's operator knows who is crawling and why.</summary>
    public string UserAgent { get; init; } = "LegalSearch-Crawler/1.0 (statute full-text search; polite, honours robots.txt)";

    /// <summary>The robots.txt group we obey ("User-agent: LegalSearch", else "*").</summary>
    public string RobotsAgent { get; init; } = "LegalSearch";

    /// <summary>Least time between the starts of two requests to one host (robots.txt Crawl-delay may raise it).</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed for one attempt to get the response headers.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed to read one response body once the headers arrived.</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt, on 5xx answers, timeouts and broken connections (never on 4xx).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; each next one doubles (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest body accepted; bigger documents are refused, not truncated.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Redirect hops followed for one URL before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;
}

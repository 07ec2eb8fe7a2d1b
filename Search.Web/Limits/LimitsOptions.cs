using System.ComponentModel.DataAnnotations;

namespace LegalSearch.Web.Limits;

/// <summary>
/// `Limits:*` — what one request may cost. The defaults are generous for people and benchmarks on loopback and small
/// enough that one request cannot take the machine: a URL of 16 KB carries a 2,000-character query even when every
/// character is percent-encoded UTF-8; a search gets 2 s of work; any request 15 s.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Path plus query string, in characters; longer → 414 problem document.</summary>
    [Range(1024, 60_000)]
    public int MaxUrlLength { get; set; } = 16_384;

    /// <summary>All request headers together (names and values), in characters; more → 431 problem document.</summary>
    [Range(1024, 60_000)]
    public int MaxHeaderBytes { get; set; } = 32_768;

    /// <summary>Declared request body (Content-Length); more → 413 problem document. No endpoint reads a body today.</summary>
    [Range(0, 16_777_216)]
    public long MaxBodyBytes { get; set; } = 65_536;

    /// <summary>Work one search may do (collecting, ranking, snippets); beyond it → 503 problem document.</summary>
    [Range(1, 60_000)]
    public int SearchBudgetMs { get; set; } = (int)Search.Backend.SearchSpec.DefaultBudget.TotalMilliseconds;

    /// <summary>Any request is cancelled after this long (ASP.NET Core request timeouts) → 503 problem document.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// Kestrel's own limits sit above ours (64 KB request line and headers) so that an over-long request reaches the app
    /// and gets a problem document rather than Kestrel's empty 414/431.
    /// </summary>
    public const int KestrelLineAndHeaderLimit = 65_536;

    public TimeSpan SearchBudget => TimeSpan.FromMilliseconds(SearchBudgetMs);
}

/// <summary>
/// `RateLimit:*` — per client (remote IP address): at most <see cref="ConcurrentRequests"/> in flight with
/// <see cref="QueuedRequests"/> more waiting, and a token bucket of <see cref="Burst"/> refilled by
/// <see cref="PermitsPerSecond"/>. Beyond either → 429 problem document with Retry-After. The concurrency bound keeps one
/// client from taking every worker of a small machine; the rate bound stops floods of cheap requests. The defaults sit
/// above what the loopback benchmarks send (8 clients, one request each in flight, a few hundred searches a second on
/// 2 cores), so those run unthrottled; behind a proxy that shares one address between many users, raise them or set
/// `RateLimit:Enabled=false`.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int ConcurrentRequests { get; set; } = 16;

    [Range(0, 100_000)]
    public int QueuedRequests { get; set; } = 16;

    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 1_000;

    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 2_000;
}

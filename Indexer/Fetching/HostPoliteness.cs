using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// One request at a time per host, and at least the per-host delay between the starts of two requests
/// (the larger of our option and the host's robots.txt Crawl-delay). Used by the resilience pipeline's
/// rate limiter, so every attempt, retries included, waits its turn.
/// </summary>
public sealed class HostPoliteness : IDisposable
{
    private readonly FetchOptions options;
    private readonly ConcurrentDictionary<string, TimeSpan> crawlDelays = new(StringComparer.OrdinalIgnoreCase);
    private readonly PartitionedRateLimiter<HttpRequestMessage> oneAtATime;
    private readonly PartitionedRateLimiter<HttpRequestMessage> spacing;
    private readonly PartitionedRateLimiter<HttpRequestMessage> limiter;

    public HostPoliteness(FetchOptions options)
    {
        this.options = options;
        oneAtATime = PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            RateLimitPartition.GetConcurrencyLimiter(HostOf(request), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = 1,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        spacing = PartitionedRateLimiter.Create<HttpRequestMessage, (string Host, TimeSpan Delay)>(request =>
        {
            var host = HostOf(request);
            var key = (Host: host, Delay: DelayFor(host));
            return key.Delay <= TimeSpan.Zero
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = 1,
                    Window = k.Delay,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
        });
        limiter = PartitionedRateLimiter.CreateChained(oneAtATime, spacing);
    }

    /// <summary>Raises the delay for a host to its robots.txt Crawl-delay (never below our own option).</summary>
    public void SetCrawlDelay(string host, TimeSpan crawlDelay) => crawlDelays[host] = crawlDelay;

    public TimeSpan DelayFor(string host) =>
        crawlDelays.TryGetValue(host, out var robots) && robots > options.PerHostDelay ? robots : options.PerHostDelay;

    public ValueTask<RateLimitLease> AcquireAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        limiter.AcquireAsync(request, 1, cancellationToken);

    private static string HostOf(HttpRequestMessage request) => request.RequestUri?.Authority ?? "";

    public void Dispose()
    {
        limiter.Dispose();
        spacing.Dispose();
        oneAtATime.Dispose();
    }
}

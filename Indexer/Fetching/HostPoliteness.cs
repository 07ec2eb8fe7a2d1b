using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// One request at a time per host (a concurrency limiter per host), and at least the per-host delay between the
/// starts of two requests to it: the larger of our option and the host's robots.txt Crawl-delay. Used as the
/// resilience pipeline's rate limiter, so every attempt, retries included, waits its turn. (The library's
/// time-window limiters bound a rate per window, which lets two requests start back to back across a window edge;
/// a crawl delay is a gap, so the gap is kept here, inside the host's one lease.)
/// </summary>
public sealed class HostPoliteness : IDisposable
{
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, TimeSpan> crawlDelays = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextStart = new(StringComparer.OrdinalIgnoreCase);
    private readonly PartitionedRateLimiter<HttpRequestMessage> oneAtATime;

    public HostPoliteness(FetchOptions options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
        oneAtATime = PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            RateLimitPartition.GetConcurrencyLimiter(HostOf(request), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = 1,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
    }

    /// <summary>Raises the delay for a host to its robots.txt Crawl-delay (never below our own option).</summary>
    public void SetCrawlDelay(string host, TimeSpan crawlDelay) => crawlDelays[host] = crawlDelay;

    public TimeSpan DelayFor(string host) =>
        crawlDelays.TryGetValue(host, out var robots) && robots > options.PerHostDelay ? robots : options.PerHostDelay;

    /// <summary>Waits for the host's one lease, then until its delay since the previous start has passed.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var lease = await oneAtATime.AcquireAsync(request, 1, cancellationToken);
        if (!lease.IsAcquired) return lease;
        var host = HostOf(request);
        try
        {
            var wait = nextStart.GetValueOrDefault(host, DateTimeOffset.MinValue) - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
        nextStart[host] = time.GetUtcNow() + DelayFor(host);
        return lease;
    }

    private static string HostOf(HttpRequestMessage request) => request.RequestUri?.Authority ?? "";

    public void Dispose() => oneAtATime.Dispose();
}

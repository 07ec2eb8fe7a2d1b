using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// Fetches each document into the content cache with a conditional GET (ETag / Last-Modified of the last copy),
/// and says whether its bytes are new, changed, unchanged or not modified. A 404/410 drops the cache entry (the
/// document is gone); a server error or timeout keeps the last copy as <see cref="DocumentStatus.Stale"/>.
/// </summary>
public sealed class DocumentDownloader(HttpFetcher fetcher, RobotsPolicy robots, ContentCache cache, TimeProvider time, TextWriter log)
{
    public sealed record Outcome(List<CrawledDocument> Documents, List<CrawlFailure> Failures, List<CrawlSkip> Skipped);

    public async Task<Outcome> RunAsync(IEnumerable<DocumentCandidate> candidates, CancellationToken cancellationToken)
    {
        var outcome = new Outcome([], [], []);
        foreach (var candidate in candidates)
        {
            if (!await robots.IsAllowedAsync(candidate.Url, cancellationToken))
            {
                outcome.Skipped.Add(new CrawlSkip(candidate.Url.AbsoluteUri, "robots"));
                continue;
            }
            var previous = cache.Lookup(candidate.Url);
            var request = new FetchRequest(FetchRequest.DocumentTypes, previous?.Validators, candidate.Scope is { } scope ? scope.RefuseRedirect : null);
            var response = await fetcher.GetAsync(candidate.Url, request, cancellationToken);
            var (entry, status) = Store(candidate.Url, previous, response);
            if ((response.Failure ?? (entry is null ? "HTTP 304 without a cached copy" : null)) is { } reason)
            {
                outcome.Failures.Add(new CrawlFailure(candidate.Url.AbsoluteUri, reason, "fetch"));
                log.WriteLine($"FAILED {candidate.Url}: {reason}");
            }
            if (entry is null) continue;
            var document = new SourceDocument(cache.ContentPath(entry), candidate.Url.AbsoluteUri, candidate.Metadata, entry.ContentType);
            outcome.Documents.Add(new CrawledDocument(candidate.Url, status, entry, document, candidate.StatuteIdHint, response.Attempts));
            log.WriteLine($"{CrawlReport.StatusName(status),-12} {candidate.Url}");
        }
        return outcome;
    }

    private (CachedResource? Entry, DocumentStatus Status) Store(Uri url, CachedResource? previous, FetchResponse response)
    {
        var now = time.GetUtcNow();
        switch (response.Outcome)
        {
            case FetchOutcome.NotModified when previous is not null:
                return (cache.Revalidated(previous, response.ETag, response.LastModified, now), DocumentStatus.NotModified);
            case FetchOutcome.Fetched:
                var entry = cache.Store(url, response.Body!, response.ContentType, response.ETag, response.LastModified, now);
                var status = previous is null ? DocumentStatus.New
                    : previous.Sha256 == entry.Sha256 ? DocumentStatus.Unchanged
                    : DocumentStatus.Changed;
                return (entry, status);
        }
        if (response.StatusCode is 404 or 410)
        {
            cache.Forget(url);
            return (null, DocumentStatus.New);
        }
        var transient = response.StatusCode is null or >= 500;
        return (transient ? previous : null, DocumentStatus.Stale);
    }
}

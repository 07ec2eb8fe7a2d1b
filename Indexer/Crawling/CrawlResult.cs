using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Crawling;

/// <summary>What happened to a document's bytes in this crawl, against the cache.</summary>
public enum DocumentStatus
{
    /// <summary>Not in the cache before.</summary>
    New,

    /// <summary>Fetched again and the bytes differ (sha256).</summary>
    Changed,

    /// <summary>Fetched again (the server ignored the validators) and the bytes are the same.</summary>
    Unchanged,

    /// <summary>304: the server says the cached copy is current.</summary>
    NotModified,

    /// <summary>The fetch failed with a server error or timeout; the last cached copy stands in (the failure is listed too).</summary>
    Stale,
}

/// <summary>A document link found on a link page, or a direct source, before it is fetched.</summary>
public sealed record DocumentCandidate(Uri Url, StatuteMetadata Metadata, string? StatuteIdHint, CrawlScope? Scope);

/// <summary>A document whose bytes are in the cache, ready for the indexer.</summary>
/// <param name="Document">LocalPath is the cached content file; Source is the URL.</param>
public sealed record CrawledDocument(Uri Url, DocumentStatus Status, CachedResource Content, SourceDocument Document, string? StatuteIdHint, int Attempts);

/// <param name="Stage">"fetch" (HTTP, robots, content type, size) or "index" (extraction or segmentation).</param>
public sealed record CrawlFailure(string Url, string Reason, string Stage);

public sealed record CrawlSkip(string Url, string Reason);

/// <summary>Everything one crawl found, fetched, failed and skipped, in discovery order.</summary>
public sealed record CrawlResult(
    IReadOnlyList<string> LinkPages,
    IReadOnlyList<CrawledDocument> Documents,
    IReadOnlyList<CrawlFailure> Failures,
    IReadOnlyList<CrawlSkip> Skipped);

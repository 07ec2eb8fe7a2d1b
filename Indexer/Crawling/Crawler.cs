using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// One crawl: the seeds' link pages are walked (<see cref="LinkDiscovery"/>), then every document found there and
/// every direct source is fetched into the cache (<see cref="DocumentDownloader"/>). No URL is fetched twice.
/// </summary>
public sealed class Crawler(HttpFetcher fetcher, RobotsPolicy robots, ContentCache cache, TimeProvider time)
{
    public async Task<CrawlResult> RunAsync(CrawlSources sources, TextWriter log, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<Uri>();
        var discovered = await new LinkDiscovery(fetcher, robots, log).RunAsync(sources, seen, cancellationToken);
        var candidates = discovered.Documents.Concat(DirectSources(sources, seen, discovered.Skipped)).ToList();
        var downloaded = await new DocumentDownloader(fetcher, robots, cache, time, log).RunAsync(candidates, cancellationToken);
        return new CrawlResult(
            discovered.LinkPages,
            downloaded.Documents,
            [.. discovered.Failures, .. downloaded.Failures],
            [.. discovered.Skipped, .. downloaded.Skipped]);
    }

    private static IEnumerable<DocumentCandidate> DirectSources(CrawlSources sources, ISet<Uri> seen, List<CrawlSkip> skipped)
    {
        foreach (var entry in sources.Documents)
        {
            if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                skipped.Add(new CrawlSkip(entry.Url ?? "", "not an http link"));
                continue;
            }
            var url = UrlNormalizer.Normalize(parsed);
            if (!seen.Add(url)) continue; // found on a link page too: fetched once, with this entry's metadata
            yield return new DocumentCandidate(url, DocumentMetadata.For(url, entry, null), entry.Id, null);
        }
    }
}

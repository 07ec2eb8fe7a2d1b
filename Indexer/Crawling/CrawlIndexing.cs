using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Crawling;

/// <summary>What the indexer made of a crawl: the statute id of each indexed document (by URL) and the documents it could not index.</summary>
public sealed record CrawlIndexOutcome(IReadOnlyDictionary<string, string> StatuteIds, IReadOnlyList<CrawlFailure> Failures, IndexRun Run);

/// <summary>
/// Hands the crawled documents (bytes in the cache, the URL as source) to the <see cref="IndexingService"/> as one
/// run. The crawl is the index's source set: a document no longer linked, or gone (404), leaves the index; one whose
/// bytes did not change is not extracted again.
/// </summary>
public static class CrawlIndexing
{
    public static CrawlIndexOutcome Index(CrawlResult crawl, string indexPath, bool ocr, IndexingService service, IProgress<IndexProgress>? progress = null)
    {
        var sources = crawl.Documents.Select(d => new ScannedSource(d.Document, d.StatuteIdHint)).ToList();
        var run = service.Run(new IndexRunRequest(indexPath, sources) { Trigger = "crawl", Ocr = ocr }, progress);
        var statuteIds = run.Sources
            .Where(s => s.Outcome is not StatuteOutcome.Failed)
            .ToDictionary(s => s.Source, s => s.StatuteId, StringComparer.Ordinal);
        var failures = run.Failures.Select(f => new CrawlFailure(f.Source, f.Reason, "index")).ToList();
        return new CrawlIndexOutcome(statuteIds, failures, run);
    }
}

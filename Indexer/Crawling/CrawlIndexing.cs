using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Crawling;

/// <summary>What the indexer made of a crawl: the statute id of each indexed document (by URL) and the documents it could not index.</summary>
public sealed record CrawlIndexOutcome(IReadOnlyDictionary<string, string> StatuteIds, IReadOnlyList<CrawlFailure> Failures, IndexRunResult Run);

/// <summary>Hands the crawled documents (bytes in the cache, URL as source) to the indexer.</summary>
public static class CrawlIndexing
{
    public static CrawlIndexOutcome Index(CrawlResult crawl, string indexPath, ExtractionOptions extraction, IProgress<IndexProgress>? progress = null)
    {
        var ids = new StatuteIdFactory();
        var sources = crawl.Documents
            .Select(d => new ScannedSource(d.Document, ids.Assign(d.Document, d.Document.Metadata.Language ?? "xx", d.StatuteIdHint)))
            .ToList();
        using var writer = new StatuteIndexWriter(indexPath);
        var run = new IndexingPipeline(new StatuteBuilder(ExtractorRegistry.CreateDefault(extraction)), writer).Run(sources, progress);
        var failed = run.Failures.Select(f => f.Source).ToHashSet(StringComparer.Ordinal);
        var statuteIds = sources.Where(s => !failed.Contains(s.Document.Source))
            .ToDictionary(s => s.Document.Source, s => s.StatuteIdHint!, StringComparer.Ordinal);
        var failures = run.Failures.Select(f => new CrawlFailure(f.Source, f.Reason, "index")).ToList();
        return new CrawlIndexOutcome(statuteIds, failures, run);
    }
}

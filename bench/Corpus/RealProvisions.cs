using System.Collections.Concurrent;
using System.Diagnostics;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Bench.Corpus;

/// <summary>
/// The shared corpus through the real Indexer pipeline (scan, extraction with OCR off, segmentation), the same
/// statutes and provisions both engines then index. Files that fail (scans needing OCR) are left out, as the indexer does.
/// </summary>
internal sealed record RealProvisions(IReadOnlyList<Statute> Statutes, TimeSpan Elapsed)
{
    public int Provisions => Statutes.Sum(s => s.Provisions.Count);

    public static RealProvisions Load(string corpus, TextWriter log)
    {
        var stopwatch = Stopwatch.StartNew();
        var sources = LocalSourceScanner.Scan([corpus]);
        var ids = new StatuteIdFactory();
        var work = sources.Select(s => (s.Document, Id: ids.Assign(s.Document, s.Document.Metadata.Language ?? "xx", s.StatuteIdHint))).ToList();
        var builder = new StatuteBuilder(ExtractorRegistry.CreateDefault(new ExtractionOptions(EnableOcr: false)));
        var statutes = new ConcurrentBag<Statute>();
        var failed = 0;
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            try
            {
                statutes.Add(builder.Build(item.Document, item.Id));
            }
            catch (ExtractionException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        var ordered = statutes.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var result = new RealProvisions(ordered, stopwatch.Elapsed);
        log.WriteLine($"corpus: {ordered.Count} statutes, {result.Provisions:N0} provisions from {sources.Count} files ({failed} skipped: need OCR or empty) in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}

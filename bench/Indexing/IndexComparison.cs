using System.Diagnostics;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Reporting;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Bench.Indexing;

/// <summary>
/// Segmented provisions → committed index, ours (the indexer's writer: per-language analysis, the exact field,
/// offence classification, statutes written on one worker per core, one commit) against FTS5 inserts (one transaction per statute), alternating
/// rounds; then the whole corpus end to end through the CLI's code path (extraction included, OCR off).
/// </summary>
internal static class IndexComparison
{
    /// <summary>As the indexing service writes statutes: one worker per core.</summary>
    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount);

    public static void Run(BenchContext context, int rounds)
    {
        var statutes = context.Provisions.Statutes;
        Directory.CreateDirectory(context.WorkFolder);
        var ours = new List<IndexBuild>();
        var reference = new List<IndexBuild>();
        for (var round = 1; round <= rounds; round++)
        {
            var first = round % 2 == 1;
            if (first) ours.Add(IndexBuild.Timed(() => LuceneIndexBuilder.Build(statutes, context.LuceneIndex, Workers)));
            reference.Add(IndexBuild.Timed(() => Fts5Engine.Build(statutes, context.Fts5Database)));
            if (!first) ours.Add(IndexBuild.Timed(() => LuceneIndexBuilder.Build(statutes, context.LuceneIndex, Workers)));
            context.Log.WriteLine($"index round {round}: ours {ours[^1].ProvisionsPerSecond:F0}/s ({ours[^1].ProvisionsPerCpuSecond:F0} per CPU s), " +
                $"FTS5 {reference[^1].ProvisionsPerSecond:F0}/s ({reference[^1].ProvisionsPerCpuSecond:F0} per CPU s)");
        }

        var oursRate = new Percentiles(ours.Select(b => b.ProvisionsPerSecond)).P50;
        var referenceRate = new Percentiles(reference.Select(b => b.ProvisionsPerSecond)).P50;
        var oursCpuRate = new Percentiles(ours.Select(b => b.ProvisionsPerCpuSecond)).P50;
        var referenceCpuRate = new Percentiles(reference.Select(b => b.ProvisionsPerCpuSecond)).P50;
        var endToEnd = EndToEnd(context);

        var table = new MarkdownTable("measure", "ours", "FTS5", "ratio")
            .Row("provisions/s (median of rounds)", oursRate, referenceRate, MarkdownTable.Ratio(oursRate / referenceRate))
            .Row("provisions per CPU second (median; every thread of the process)", oursCpuRate, referenceCpuRate, MarkdownTable.Ratio(oursCpuRate / referenceCpuRate))
            .Row("seconds per round", string.Join(", ", ours.Select(b => b.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))),
                string.Join(", ", reference.Select(b => b.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))), null)
            .Row("size on disk", DiskSize.Megabytes(ours[^1].Bytes), DiskSize.Megabytes(reference[^1].Bytes), MarkdownTable.Ratio((double)ours[^1].Bytes / reference[^1].Bytes))
            .Row("whole corpus end to end (CLI path, OCR off)", $"{endToEnd.TotalSeconds:F1} s", null, null)
            .Row("extraction + segmentation alone (parallel)", $"{context.Provisions.Elapsed.TotalSeconds:F1} s", null, null);
        context.Report.Add($"Indexing: {context.Provisions.Provisions:N0} provisions of {statutes.Count} statutes, {rounds} rounds",
            table + "\nOurs includes offence classification and five analyzed fields per provision; FTS5 indexes heading and text.");
        context.Targets.Add("indexing ≥ 1.0 × FTS5 provisions/s", $"{MarkdownTable.Ratio(oursRate / referenceRate)} (per CPU second {MarkdownTable.Ratio(oursCpuRate / referenceCpuRate)})", oursRate >= referenceRate);
        context.Targets.Add("whole corpus end to end < 15 s (OCR off here)", $"{endToEnd.TotalSeconds:F1} s", endToEnd.TotalSeconds < 15);
    }

    private static TimeSpan EndToEnd(BenchContext context)
    {
        var path = Path.Combine(context.WorkFolder, "end-to-end");
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        var stopwatch = Stopwatch.StartNew();
        var sources = LocalSourceScanner.Scan([context.CorpusPath]);
        new IndexingService().Run(new IndexRunRequest(Path.Combine(path, "index"), sources) { Ocr = false, Trigger = "bench" });
        return stopwatch.Elapsed;
    }
}

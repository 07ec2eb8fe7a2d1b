using System.Diagnostics;
using LegalSearch.Bench.Corpus;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Reporting;

namespace LegalSearch.Bench.Search;

/// <summary>
/// How cost grows: the real corpus and synthetic corpora of the given sizes (<see cref="SyntheticCorpus"/>) into both
/// engines: index time and size, then the query mix in process (ours with snippets and facets; FTS5 all-words and
/// any-word top 10), alternating. The growth exponent is the slope of log p50 (and p99) against log provisions.
/// </summary>
internal static class ScaleBenchmark
{
    private sealed record Point(int Provisions, IndexBuild Ours, IndexBuild Reference, Percentiles OursLatency, Percentiles AllWords, Percentiles AnyWord, long PeakBytes);

    public static void Run(BenchContext context, IReadOnlyList<int> sizes, int rounds)
    {
        context.EnsureIndexes();
        var points = new List<Point>
        {
            Measure(context, context.Provisions.Provisions, context.LuceneIndex, context.Fts5Database, null, null, rounds),
        };
        var synthetic = new SyntheticCorpus(context.Provisions.Statutes);
        foreach (var size in sizes)
        {
            var lucene = Path.Combine(context.WorkFolder, $"scale-{size}-lucene");
            var fts = Path.Combine(context.WorkFolder, $"scale-{size}-fts5.db");
            context.Log.WriteLine($"scale: indexing {size:N0} synthetic provisions …");
            var ours = LuceneIndexBuilder.Build(synthetic.Generate(size), lucene);
            var reference = Fts5Engine.Build(synthetic.Generate(size), fts);
            points.Add(Measure(context, size, lucene, fts, ours, reference, rounds));
            Directory.Delete(lucene, recursive: true);
            File.Delete(fts);
        }

        var table = new MarkdownTable("provisions", "ours index s", "FTS5 index s", "ours size", "FTS5 size", "ours p50", "ours p99", "FTS5 all p50", "FTS5 all p99", "FTS5 any p50", "FTS5 any p99", "bench peak RSS");
        foreach (var p in points)
        {
            table.Row(p.Provisions, Seconds(p.Ours), Seconds(p.Reference), DiskSize.Megabytes(p.Ours.Bytes), DiskSize.Megabytes(p.Reference.Bytes),
                MarkdownTable.Ms(p.OursLatency.P50), MarkdownTable.Ms(p.OursLatency.P99), MarkdownTable.Ms(p.AllWords.P50), MarkdownTable.Ms(p.AllWords.P99),
                MarkdownTable.Ms(p.AnyWord.P50), MarkdownTable.Ms(p.AnyWord.P99), DiskSize.Megabytes(p.PeakBytes));
        }
        var exponents = new MarkdownTable("latency growth exponent", "ours", "FTS5 all words", "FTS5 any word")
            .Row("p50", Exponent(points, p => p.OursLatency.P50), Exponent(points, p => p.AllWords.P50), Exponent(points, p => p.AnyWord.P50))
            .Row("p99", Exponent(points, p => p.OursLatency.P99), Exponent(points, p => p.AllWords.P99), Exponent(points, p => p.AnyWord.P99));
        context.Report.Add($"Scale: real corpus and synthetic {string.Join(", ", sizes.Select(s => s.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} provisions, {rounds} rounds of the mix",
            $"{table}\n{exponents}\nExponent: least-squares slope of log latency over log provisions (1 = linear). The real corpus's index times are in the indexing table.");
        var growth = Exponent(points, p => p.OursLatency.P50);
        context.Targets.Add("latency growth exponent ≤ 0.5 (p50)", growth.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), growth <= 0.5);
    }

    private static Point Measure(BenchContext context, int provisions, string lucene, string fts, IndexBuild? ours, IndexBuild? reference, int rounds)
    {
        using var search = new InProcessSearch(lucene);
        using var sqlite = Fts5Engine.Open(fts);
        var mine = new List<double>();
        var all = new List<double>();
        var any = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < context.Mix.Count; i++)
            {
                var query = context.Mix[i];
                var work = new (List<double> Into, Action Run)[]
                {
                    (mine, () => search.Search(query)),
                    (all, () => sqlite.Search(query.FtsAllWords, query.Country, query.Lang, Fts5Work.TopTen)),
                    (any, () => sqlite.Search(query.Fts, query.Country, query.Lang, Fts5Work.TopTen)),
                };
                for (var turn = 0; turn < work.Length; turn++)
                {
                    var (into, run) = work[(turn + i + round) % work.Length];
                    var stopwatch = Stopwatch.StartNew();
                    run();
                    if (round > 0) into.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }
        }
        var empty = new IndexBuild(provisions, TimeSpan.Zero, DiskSize.Of(lucene));
        using var self = Process.GetCurrentProcess();
        return new Point(provisions, ours ?? empty, reference ?? empty with { Bytes = DiskSize.Of(fts) }, new Percentiles(mine), new Percentiles(all), new Percentiles(any), self.PeakWorkingSet64);
    }

    private static object? Seconds(IndexBuild build) => build.Elapsed == TimeSpan.Zero ? null : build.Elapsed.TotalSeconds;

    /// <summary>Least-squares slope of log(latency) over log(provisions).</summary>
    private static double Exponent(IReadOnlyList<Point> points, Func<Point, double> latency)
    {
        var xs = points.Select(p => Math.Log(p.Provisions)).ToArray();
        var ys = points.Select(p => Math.Log(latency(p))).ToArray();
        var mx = xs.Average();
        var my = ys.Average();
        var num = xs.Zip(ys).Sum(v => (v.First - mx) * (v.Second - my));
        var den = xs.Sum(x => (x - mx) * (x - mx));
        return den == 0 ? double.NaN : num / den;
    }
}

using System.Diagnostics;
using System.Globalization;
using LegalSearch.Bench.Corpus;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Reporting;

namespace LegalSearch.Bench.Search;

/// <summary>
/// How cost grows: the real corpus and synthetic corpora of the given sizes (<see cref="SyntheticCorpus"/>) into both
/// engines: index time (wall and the process's CPU) and size, then the query mix in process (ours with snippets and
/// facets; FTS5 all-words and any-word top 10), alternating, in wall time and the calling thread's CPU time. The growth
/// exponent is the slope of log p50 (and p99) against log provisions, from each. Each point is logged as soon as it is
/// measured, so a long run that is stopped still leaves its figures.
/// </summary>
internal static class ScaleBenchmark
{
    private sealed record Engine(Percentiles Wall, Percentiles Cpu);

    private sealed record Point(int Provisions, IndexBuild Ours, IndexBuild Reference, Engine Mine, Engine AllWords, Engine AnyWord, long PeakBytes);

    public static void Run(BenchContext context, IReadOnlyList<int> sizes, int rounds)
    {
        context.EnsureIndexes();
        var points = new List<Point>
        {
            Measure(context, context.Provisions.Provisions, context.LuceneIndex, context.Fts5Database, null, null, rounds),
        };
        Log(context, points);
        var synthetic = new SyntheticCorpus(context.Provisions.Statutes);
        foreach (var size in sizes)
        {
            var lucene = Path.Combine(context.WorkFolder, $"scale-{size}-lucene");
            var fts = Path.Combine(context.WorkFolder, $"scale-{size}-fts5.db");
            context.Log.WriteLine($"scale: indexing {size:N0} synthetic provisions …");
            var ours = IndexBuild.Timed(() => LuceneIndexBuilder.Build(synthetic.Generate(size), lucene));
            context.Log.WriteLine($"scale: ours {ours.Elapsed.TotalSeconds:F1} s ({ours.Cpu.TotalSeconds:F1} s CPU), {DiskSize.Megabytes(ours.Bytes)}");
            var reference = IndexBuild.Timed(() => Fts5Engine.Build(synthetic.Generate(size), fts));
            context.Log.WriteLine($"scale: FTS5 {reference.Elapsed.TotalSeconds:F1} s ({reference.Cpu.TotalSeconds:F1} s CPU), {DiskSize.Megabytes(reference.Bytes)}");
            points.Add(Measure(context, size, lucene, fts, ours, reference, rounds));
            Log(context, points);
            Directory.Delete(lucene, recursive: true);
            File.Delete(fts);
        }

        var table = new MarkdownTable("provisions", "ours index s (CPU s)", "FTS5 index s (CPU s)", "ours size", "FTS5 size",
            "ours p50 / p99", "ours CPU p50 / p99", "FTS5 all CPU p50 / p99", "FTS5 any p50 / p99", "FTS5 any CPU p50 / p99", "bench peak RSS");
        foreach (var p in points)
        {
            table.Row(p.Provisions.ToString("N0", CultureInfo.InvariantCulture), Seconds(p.Ours), Seconds(p.Reference), DiskSize.Megabytes(p.Ours.Bytes), DiskSize.Megabytes(p.Reference.Bytes),
                Pair(p.Mine.Wall), Pair(p.Mine.Cpu), Pair(p.AllWords.Cpu), Pair(p.AnyWord.Wall), Pair(p.AnyWord.Cpu), DiskSize.Megabytes(p.PeakBytes));
        }
        var exponents = new MarkdownTable("latency growth exponent", "ours", "FTS5 all words", "FTS5 any word");
        foreach (var (name, time) in new (string, Func<Engine, Percentiles>)[] { ("wall", e => e.Wall), ("CPU", e => e.Cpu) })
        {
            foreach (var (at, pick) in new (string, Func<Percentiles, double>)[] { ("p50", s => s.P50), ("p99", s => s.P99) })
            {
                exponents.Row($"{at} ({name})", Exponent(points, p => pick(time(p.Mine))), Exponent(points, p => pick(time(p.AllWords))), Exponent(points, p => pick(time(p.AnyWord))));
            }
        }
        context.Report.Add($"Scale: real corpus and synthetic {string.Join(", ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))} provisions, {rounds} rounds of the mix ({context.MixName})",
            $"{table}\n{exponents}\nExponent: least-squares slope of log latency over log provisions (1 = linear). CPU: the calling thread's CPU time per search; index CPU: the process's CPU time while building. The real corpus's index times are in the indexing table. Peak RSS is the bench process's high-water mark so far.");
        var growth = Exponent(points, p => p.Mine.Cpu.P50);
        context.Targets.Add("latency growth exponent ≤ 0.5 (p50, CPU time)", growth.ToString("F2", CultureInfo.InvariantCulture), growth <= 0.5);
        var wallGrowth = Exponent(points, p => p.Mine.Wall.P50);
        context.Targets.Add("… in wall time", wallGrowth.ToString("F2", CultureInfo.InvariantCulture), wallGrowth <= 0.5);
    }

    private static Point Measure(BenchContext context, int provisions, string lucene, string fts, IndexBuild? ours, IndexBuild? reference, int rounds)
    {
        using var search = new InProcessSearch(lucene);
        using var sqlite = Fts5Engine.Open(fts);
        var samples = new (List<double> Wall, List<double> Cpu)[] { ([], []), ([], []), ([], []) };
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < context.Mix.Count; i++)
            {
                var query = context.Mix[i];
                var work = new Action[]
                {
                    () => search.Search(query),
                    () => sqlite.Search(query.FtsAllWords, query.Country, query.Lang, Fts5Work.TopTen),
                    () => sqlite.Search(query.Fts, query.Country, query.Lang, Fts5Work.TopTen),
                };
                for (var turn = 0; turn < work.Length; turn++)
                {
                    var engine = (turn + i + round) % work.Length;
                    var cpuStart = ThreadCpu.Milliseconds();
                    var stopwatch = Stopwatch.StartNew();
                    work[engine]();
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    var cpu = ThreadCpu.Milliseconds() - cpuStart;
                    if (round == 0) continue;
                    samples[engine].Wall.Add(elapsed);
                    samples[engine].Cpu.Add(cpu);
                }
            }
        }
        var empty = new IndexBuild(provisions, TimeSpan.Zero, DiskSize.Of(lucene));
        using var self = Process.GetCurrentProcess();
        var engines = samples.Select(s => new Engine(new Percentiles(s.Wall), new Percentiles(s.Cpu))).ToArray();
        return new Point(provisions, ours ?? empty, reference ?? empty with { Bytes = DiskSize.Of(fts) }, engines[0], engines[1], engines[2], self.PeakWorkingSet64);
    }

    private static void Log(BenchContext context, IReadOnlyList<Point> points)
    {
        var p = points[^1];
        context.Log.WriteLine(
            $"scale: {p.Provisions:N0} provisions: ours {Pair(p.Mine.Wall)} wall, {Pair(p.Mine.Cpu)} CPU; FTS5 all {Pair(p.AllWords.Wall)} wall, {Pair(p.AllWords.Cpu)} CPU; " +
            $"any {Pair(p.AnyWord.Wall)} wall, {Pair(p.AnyWord.Cpu)} CPU (p50 / p99); peak RSS {DiskSize.Megabytes(p.PeakBytes)}");
        if (points.Count < 2) return;
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scale: exponent so far, ours p50 / p99: CPU {Exponent(points, q => q.Mine.Cpu.P50):F2} / {Exponent(points, q => q.Mine.Cpu.P99):F2}, wall {Exponent(points, q => q.Mine.Wall.P50):F2} / {Exponent(points, q => q.Mine.Wall.P99):F2}; " +
            $"FTS5 any CPU {Exponent(points, q => q.AnyWord.Cpu.P50):F2} / {Exponent(points, q => q.AnyWord.Cpu.P99):F2}, all CPU {Exponent(points, q => q.AllWords.Cpu.P50):F2} / {Exponent(points, q => q.AllWords.Cpu.P99):F2}"));
    }

    private static string Pair(Percentiles s) => $"{MarkdownTable.Ms(s.P50)} / {MarkdownTable.Ms(s.P99)}";

    private static string? Seconds(IndexBuild build) => build.Elapsed == TimeSpan.Zero
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{build.Elapsed.TotalSeconds:F1} ({build.Cpu.TotalSeconds:F1})");

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

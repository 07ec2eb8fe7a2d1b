using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Http;
using LegalSearch.Bench.Reporting;

namespace LegalSearch.Bench.Search;

/// <summary>
/// The query mix against both engines over the same provisions, in one process: ours in process (the service behind
/// /api/search: snippets, facets, expansion), ours over HTTP (the real Search.Web on loopback), and FTS5 three ways.
/// Per query the engines take turns in an order that rotates, so drift in machine load spreads evenly. The other mix
/// warms the process up first (code compiled, catalogs built); then the first round times each query's first search,
/// reported on a line of its own and not counted with the rounds after it, which find what the searcher keeps for
/// repeated queries (term states, translations, concepts, stored values).
/// </summary>
internal static class SearchComparison
{
    private const string InProcess = "LegalSearch in process (SearchService: snippets, facets, expansion)";
    private const string OverHttp = "LegalSearch /api/search over HTTP (loopback)";
    private const string FirstSearch = "… each query's first search (first round, after the other mix warmed up)";
    private const string Took = "… its own tookMs";
    private const string FtsAll = "SQLite FTS5, all words, top 10";
    private const string FtsAny = "SQLite FTS5, any word, top 10";
    private const string FtsFull = "SQLite FTS5, any word, top 10 + snippets + total + country/language counts";

    private const string BaselineHttp = "baseline build, /api/search over HTTP";

    public static async Task RunAsync(BenchContext context, int rounds, bool http, string? baselineWeb)
    {
        context.EnsureIndexes();
        using var ours = new InProcessSearch(context.LuceneIndex);
        using var fts = Fts5Engine.Open(context.Fts5Database);
        using var server = http ? await SearchServer.StartAsync(context.LuceneIndex, context.Log) : null;
        using var client = server is null ? null : new HttpClient { BaseAddress = server.BaseAddress };
        using var baseline = http && baselineWeb is not null ? await SearchServer.StartAsync(context.LuceneIndex, context.Log, baselineWeb) : null;
        using var baselineClient = baseline is null ? null : new HttpClient { BaseAddress = baseline.BaseAddress };

        var timings = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var byKind = new Dictionary<(string Kind, string Engine), List<double>>();
        var byQuery = new Dictionary<(string, string?, string?), List<double>>();
        var cpuByQuery = new Dictionary<(string, string?, string?), List<double>>();
        var httpSamples = new List<(BenchQuery Query, int Round, double Elapsed, double? Took)>();
        var allocated = new List<double>();
        var collectionsBefore = Collections();
        var engines = new List<(string Name, Func<BenchQuery, Task<double?>> Run)>
        {
            (InProcess, q => { ours.Search(q); return Task.FromResult<double?>(null); }),
            (FtsAll, q => { fts.Search(q.FtsAllWords, q.Country, q.Lang, Fts5Work.TopTen); return Task.FromResult<double?>(null); }),
            (FtsAny, q => { fts.Search(q.Fts, q.Country, q.Lang, Fts5Work.TopTen); return Task.FromResult<double?>(null); }),
            (FtsFull, q => { fts.Search(q.Fts, q.Country, q.Lang, Fts5Work.Full); return Task.FromResult<double?>(null); }),
        };
        if (client is not null) engines.Add((OverHttp, q => TookMsAsync(client, q)));
        if (baselineClient is not null) engines.Add((BaselineHttp, q => TookMsAsync(baselineClient, q)));

        foreach (var query in context.OtherMix) ours.Search(query);
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < context.Mix.Count; i++)
            {
                var query = context.Mix[i];
                for (var turn = 0; turn < engines.Count; turn++)
                {
                    var (name, run) = engines[(turn + i + round) % engines.Count];
                    var bytesStart = GC.GetAllocatedBytesForCurrentThread();
                    var cpuStart = ThreadCpu.Milliseconds();
                    var stopwatch = Stopwatch.StartNew();
                    var took = await run(query);
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    var cpuUsed = ThreadCpu.Milliseconds() - cpuStart;
                    var bytesUsed = GC.GetAllocatedBytesForCurrentThread() - bytesStart;
                    if (round == 0)
                    {
                        if (name != InProcess) continue;
                        Record(timings, FirstSearch, elapsed);
                        Record(cpu, FirstSearch, cpuUsed);
                        continue;
                    }
                    Record(timings, name, elapsed);
                    if (name is not (OverHttp or BaselineHttp)) Record(cpu, name, cpuUsed);
                    Record(byKind, (query.Kind, name), elapsed);
                    if (name == InProcess)
                    {
                        Record(byQuery, (query.Q, query.Country, query.Lang), elapsed);
                        Record(cpuByQuery, (query.Q, query.Country, query.Lang), cpuUsed);
                        allocated.Add(bytesUsed);
                    }
                    if (took is { } t && name == OverHttp) Record(timings, Took, t);
                    if (name == OverHttp) httpSamples.Add((query, round, elapsed, took));
                }
            }
            if (round > 0) context.Log.WriteLine($"search round {round}/{rounds} done");
        }
        var collections = Collections();
        var memory = $"In process: {(allocated.Average() / 1024).ToString("F0", CultureInfo.InvariantCulture)} KB allocated per search (mean, the calling thread). " +
            $"Garbage collections over the run, all engines and the warm-up: {collections.Gen0 - collectionsBefore.Gen0} " +
            $"(generation 1: {collections.Gen1 - collectionsBefore.Gen1}, generation 2: {collections.Gen2 - collectionsBefore.Gen2}).";
        context.Log.WriteLine(memory);

        var stats = timings.ToDictionary(kv => kv.Key, kv => new Percentiles(kv.Value));
        var all = stats[FtsAll];
        var any = stats[FtsAny];
        var cpuStats = cpu.ToDictionary(kv => kv.Key, kv => new Percentiles(kv.Value));
        var table = new MarkdownTable("engine", "p50", "p99", "mean", "p50 ÷ FTS5 all-words p50", "p99 ÷ FTS5 any-word p99", "CPU p50", "CPU p99", "CPU mean ÷ FTS5 any-word");
        foreach (var name in new[] { InProcess, FirstSearch, OverHttp, Took, BaselineHttp, FtsAll, FtsAny, FtsFull }.Where(stats.ContainsKey))
        {
            var s = stats[name];
            var c = cpuStats.GetValueOrDefault(name);
            table.Row(name, MarkdownTable.Ms(s.P50), MarkdownTable.Ms(s.P99), MarkdownTable.Ms(s.Mean), MarkdownTable.Ratio(s.P50 / all.P50), MarkdownTable.Ratio(s.P99 / any.P99),
                c is null ? null : MarkdownTable.Ms(c.P50), c is null ? null : MarkdownTable.Ms(c.P99), c is null ? null : MarkdownTable.Ratio(c.Mean / cpuStats[FtsAny].Mean));
        }
        var kinds = new MarkdownTable("kind", "queries", "ours in process p50", "p99", "FTS5 all words p50", "FTS5 any word p50", "ours ÷ FTS5 any (p50)");
        foreach (var kind in context.Mix.Select(q => q.Kind).Distinct())
        {
            var mine = new Percentiles(byKind[(kind, InProcess)]);
            var theirs = new Percentiles(byKind[(kind, FtsAny)]);
            kinds.Row(kind, context.Mix.Count(q => q.Kind == kind), MarkdownTable.Ms(mine.P50), MarkdownTable.Ms(mine.P99),
                MarkdownTable.Ms(new Percentiles(byKind[(kind, FtsAll)]).P50), MarkdownTable.Ms(theirs.P50), MarkdownTable.Ratio(mine.P50 / theirs.P50));
        }
        var slowest = new MarkdownTable("slowest queries (ours in process, median wall time)", "median", "CPU median");
        foreach (var (query, median, cpuMedian) in context.Mix
            .Select(q => (q, new Percentiles(byQuery[(q.Q, q.Country, q.Lang)]).P50, new Percentiles(cpuByQuery[(q.Q, q.Country, q.Lang)]).P50))
            .OrderByDescending(x => x.Item2).Take(8))
        {
            slowest.Row(Describe(query), MarkdownTable.Ms(median), MarkdownTable.Ms(cpuMedian));
        }
        var tail = new MarkdownTable("HTTP samples at or above the HTTP p99 (the tail)", "round", "HTTP", "its tookMs", "in-process CPU median of the query");
        if (stats.TryGetValue(OverHttp, out var http99))
        {
            foreach (var (query, round, elapsed, took) in httpSamples.Where(s => s.Elapsed >= http99.P99).OrderByDescending(s => s.Elapsed))
            {
                tail.Row(Describe(query), round, MarkdownTable.Ms(elapsed), took is { } t ? MarkdownTable.Ms(t) : null, MarkdownTable.Ms(new Percentiles(cpuByQuery[(query.Q, query.Country, query.Lang)]).P50));
            }
        }
        context.Report.Add($"Search ({context.MixName}): {context.Mix.Count} queries × {rounds} rounds over {context.Provisions.Provisions:N0} provisions (each query's first round on a line of its own)",
            $"{table}\nCPU: the calling thread's CPU time (in process only), less disturbed than wall time by other jobs on the machine.\n\n{memory}\n\nBy kind of query:\n\n{kinds}\n{slowest}\n{(httpSamples.Count > 0 ? tail.ToString() : "")}");

        var inProcess = stats[InProcess];
        context.Targets.Add($"server-side p50 ≤ 2 ms (snippets, facets; {context.MixName})", MarkdownTable.Ms(inProcess.P50), inProcess.P50 <= 2);
        context.Targets.Add("server-side p99 ≤ 10 ms", MarkdownTable.Ms(inProcess.P99), inProcess.P99 <= 10);
        if (cpuStats.TryGetValue(InProcess, out var inProcessCpu))
        {
            context.Targets.Add("… the same in CPU time: p50 ≤ 2 ms", MarkdownTable.Ms(inProcessCpu.P50), inProcessCpu.P50 <= 2);
            context.Targets.Add("… the same in CPU time: p99 ≤ 10 ms", MarkdownTable.Ms(inProcessCpu.P99), inProcessCpu.P99 <= 10);
            var first = cpuStats[FirstSearch];
            context.Targets.Add("(context) each query's first search, CPU p50 / p99 (nothing kept for it yet)", $"{MarkdownTable.Ms(first.P50)} / {MarkdownTable.Ms(first.P99)}", first.P50 <= 2 && first.P99 <= 10);
        }
        if (stats.TryGetValue(OverHttp, out var overHttp))
        {
            context.Targets.Add($"HTTP p99 ≤ 0.5 × FTS5 any-word p99 ({context.MixName})", MarkdownTable.Ratio(overHttp.P99 / any.P99), overHttp.P99 <= 0.5 * any.P99);
            context.Targets.Add($"HTTP p50 ≤ 10 × FTS5 all-words p50 ({context.MixName})", MarkdownTable.Ratio(overHttp.P50 / all.P50), overHttp.P50 <= 10 * all.P50);
            if (stats.TryGetValue(BaselineHttp, out var before))
            {
                context.Targets.Add("(context) HTTP p50 / p99 ÷ baseline build, same run", $"{MarkdownTable.Ratio(overHttp.P50 / before.P50)} / {MarkdownTable.Ratio(overHttp.P99 / before.P99)}", overHttp.P50 <= before.P50);
            }
        }
    }

    /// <summary>Collections so far by generation; a collection of a generation also counts in the younger ones.</summary>
    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    private static string Describe(BenchQuery query) =>
        $"`{query.Q.Replace("|", "\\|", StringComparison.Ordinal)}`{(query.Country is null ? "" : $" country={query.Country}")}{(query.Lang is null ? "" : $" lang={query.Lang}")}";

    private static async Task<double?> TookMsAsync(HttpClient client, BenchQuery query)
    {
        using var response = await client.GetAsync($"api/search?{query.ApiQueryString()}");
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(body);
        return json.RootElement.GetProperty("tookMs").GetDouble();
    }

    private static void Record<TKey>(Dictionary<TKey, List<double>> into, TKey key, double value) where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(value);
    }
}

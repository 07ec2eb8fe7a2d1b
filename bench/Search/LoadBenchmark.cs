using LegalSearch.Bench.Http;
using LegalSearch.Bench.Reporting;
using static LegalSearch.Bench.Engines.DiskSize;

namespace LegalSearch.Bench.Search;

/// <summary>
/// /api/search under load: the real Search.Web on loopback, warmed up with the mix, then 1 and 8 closed-loop clients
/// for a fixed time each; server memory (resident) after warm-up and after the load. With a baseline build
/// (<c>--baseline-web</c>), both servers run side by side on the same index and take turns, so the requests/s ratio
/// is measured under the same machine load.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task RunAsync(BenchContext context, IReadOnlyList<int> clientCounts, TimeSpan duration, string? baselineWeb)
    {
        context.EnsureIndexes();
        using var server = await SearchServer.StartAsync(context.LuceneIndex, context.Log);
        using var baseline = baselineWeb is null ? null : await SearchServer.StartAsync(context.LuceneIndex, context.Log, baselineWeb);
        foreach (var warming in new[] { server, baseline }.OfType<SearchServer>())
        {
            await LoadGenerator.RunAsync(warming.BaseAddress, context.Mix, 2, TimeSpan.FromSeconds(5));
        }
        var warm = server.Memory();
        var table = new MarkdownTable("clients", "build", "seconds", "requests", "req/s", "p50", "p99", "failures", "server RSS after");
        var ratios = new MarkdownTable("clients", "req/s ÷ baseline", "p50 ÷ baseline", "p99 ÷ baseline");
        LoadResult? eight = null;
        LoadResult? eightBaseline = null;
        foreach (var clients in clientCounts)
        {
            var turns = new List<(string Build, SearchServer Server)> { ("this build", server) };
            if (baseline is not null) turns.Insert(clients % 2, ("baseline", baseline));
            var results = new Dictionary<string, LoadResult>();
            foreach (var (build, target) in turns)
            {
                var result = await LoadGenerator.RunAsync(target.BaseAddress, context.Mix, clients, duration);
                context.Log.WriteLine($"load: {build}, {clients} clients: {result.RequestsPerSecond:F0} req/s");
                results[build] = result;
                table.Row(clients, build, result.Duration.TotalSeconds, result.Requests, result.RequestsPerSecond, MarkdownTable.Ms(result.Latency.P50),
                    MarkdownTable.Ms(result.Latency.P99), result.Failures, Megabytes(target.Memory().Resident));
            }
            if (results.TryGetValue("baseline", out var before))
            {
                var now = results["this build"];
                ratios.Row(clients, MarkdownTable.Ratio(now.RequestsPerSecond / before.RequestsPerSecond), MarkdownTable.Ratio(now.Latency.P50 / before.Latency.P50), MarkdownTable.Ratio(now.Latency.P99 / before.Latency.P99));
            }
            if (clients == 8)
            {
                eight = results["this build"];
                eightBaseline = results.GetValueOrDefault("baseline");
            }
        }
        var after = server.Memory();
        var growth = (double)after.Resident / warm.Resident;
        var text = $"{table}\n";
        if (baseline is not null) text += $"Same run, baseline = `{baselineWeb}`:\n\n{ratios}\n";
        text += $"Server memory (this build): {Megabytes(warm.Resident)} after warm-up, {Megabytes(after.Resident)} after the load ({MarkdownTable.Ratio(growth)}), peak {Megabytes(after.Peak)}.";
        context.Report.Add($"Load: /api/search on 127.0.0.1, {duration.TotalSeconds:F0} s per client count and build, server GC {server.GcMode}", text);
        if (eight is not null)
        {
            context.Targets.Add("8 clients ≥ 5 × baseline req/s (same run)", eightBaseline is null ? $"{eight.RequestsPerSecond:F0} req/s (no baseline run)" : MarkdownTable.Ratio(eight.RequestsPerSecond / eightBaseline.RequestsPerSecond),
                eightBaseline is not null && eight.RequestsPerSecond >= 5 * eightBaseline.RequestsPerSecond);
            context.Targets.Add("8 clients p50 < 15 ms", MarkdownTable.Ms(eight.Latency.P50), eight.Latency.P50 < 15);
        }
        context.Targets.Add($"server memory after {duration.TotalSeconds:F0} s per load ≤ 1.5 × after warm-up", MarkdownTable.Ratio(growth), growth <= 1.5);
    }
}

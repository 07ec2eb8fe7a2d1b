using LegalSearch.Bench.Http;
using LegalSearch.Bench.Reporting;

namespace LegalSearch.Bench.Search;

/// <summary>
/// /api/search under load: the real Search.Web on loopback, warmed up with the mix, then 1 and 8 closed-loop clients
/// for a fixed time each; server memory (resident) after warm-up and after the load.
/// </summary>
internal static class LoadBenchmark
{
    /// <summary>8 clients' requests/s of the code before this work (commit bb3f3a0, this harness), the base of the 5× target.</summary>
    public const double BaselineRequestsPerSecond = double.NaN;

    public static async Task RunAsync(BenchContext context, IReadOnlyList<int> clientCounts, TimeSpan duration)
    {
        context.EnsureIndexes();
        using var server = await SearchServer.StartAsync(context.LuceneIndex, context.Log);
        await LoadGenerator.RunAsync(server.BaseAddress, context.Mix, 2, TimeSpan.FromSeconds(5));
        var warm = server.Memory();
        var table = new MarkdownTable("clients", "seconds", "requests", "req/s", "p50", "p99", "failures", "server RSS after");
        LoadResult? eight = null;
        foreach (var clients in clientCounts)
        {
            var result = await LoadGenerator.RunAsync(server.BaseAddress, context.Mix, clients, duration);
            context.Log.WriteLine($"load: {clients} clients {result.RequestsPerSecond:F0} req/s");
            table.Row(clients, result.Duration.TotalSeconds, result.Requests, result.RequestsPerSecond, MarkdownTable.Ms(result.Latency.P50), MarkdownTable.Ms(result.Latency.P99),
                result.Failures, LegalSearch.Bench.Engines.DiskSize.Megabytes(server.Memory().Resident));
            if (clients == 8) eight = result;
        }
        var after = server.Memory();
        var growth = (double)after.Resident / warm.Resident;
        context.Report.Add($"Load: /api/search on 127.0.0.1, {duration.TotalSeconds:F0} s per client count, server GC {server.GcMode}",
            $"{table}\nServer memory: {LegalSearch.Bench.Engines.DiskSize.Megabytes(warm.Resident)} after warm-up, {LegalSearch.Bench.Engines.DiskSize.Megabytes(after.Resident)} after the load ({MarkdownTable.Ratio(growth)}), peak {LegalSearch.Bench.Engines.DiskSize.Megabytes(after.Peak)}.");
        if (eight is not null)
        {
            var baseline = BaselineRequestsPerSecond;
            context.Targets.Add("8 clients ≥ 5 × baseline req/s", double.IsNaN(baseline) ? $"{eight.RequestsPerSecond:F0} req/s (no baseline)" : $"{eight.RequestsPerSecond:F0} req/s = {MarkdownTable.Ratio(eight.RequestsPerSecond / baseline)} of {baseline:F0}",
                eight.RequestsPerSecond >= 5 * baseline);
            context.Targets.Add("8 clients p50 < 15 ms", MarkdownTable.Ms(eight.Latency.P50), eight.Latency.P50 < 15);
        }
        context.Targets.Add("server memory after load ≤ 1.5 × after warm-up", MarkdownTable.Ratio(growth), growth <= 1.5);
    }
}

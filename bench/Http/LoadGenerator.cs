using System.Diagnostics;
using LegalSearch.Bench.Reporting;
using LegalSearch.Bench.Search;

namespace LegalSearch.Bench.Http;

/// <summary>What a load run measured: requests per second and latency as the clients saw it.</summary>
internal sealed record LoadResult(int Clients, TimeSpan Duration, int Requests, int Failures, Percentiles Latency)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;
}

/// <summary>
/// Closed-loop clients on loopback: each sends the query mix to /api/search in its own deterministic order, one
/// request at a time, until the time is up. Requests in flight at the deadline finish and count.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri server, IReadOnlyList<BenchQuery> mix, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var paths = mix.Select(q => $"api/search?{q.ApiQueryString()}").ToArray();
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(client => ClientAsync(http, paths, client, clock, duration)).ToList();
        var perClient = await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;
        var latencies = perClient.SelectMany(c => c.Latencies).ToList();
        return new LoadResult(clients, elapsed, latencies.Count, perClient.Sum(c => c.Failures), new Percentiles(latencies));
    }

    private static async Task<(List<double> Latencies, int Failures)> ClientAsync(HttpClient http, string[] paths, int client, Stopwatch clock, TimeSpan duration)
    {
        var order = paths.ToArray();
        new Random(client + 1).Shuffle(order);
        var latencies = new List<double>();
        var failures = 0;
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var started = clock.Elapsed;
            using var response = await http.GetAsync(order[i % order.Length], HttpCompletionOption.ResponseContentRead);
            _ = await response.Content.ReadAsByteArrayAsync();
            latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode) failures++;
        }
        return (latencies, failures);
    }
}

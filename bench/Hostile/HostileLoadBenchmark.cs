using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LegalSearch.Bench.Hostile;

/// <summary>
/// Issue 16's costly requests against the real server over HTTP on 127.0.0.1:
/// (1) each hostile request alone — median and worst latency, and its status (refused or bounded, &lt; 100 ms wanted);
/// (2) the p50 of ordinary queries from one client, alone and while four clients send hostile requests as fast as they
/// can — the ratio is the concurrency effect (≤ 2 wanted); (3) the server's memory (VmRSS now, VmHWM peak).
/// The server runs with the rate limit off: this measures CPU and memory, not the throttle.
/// </summary>
public static class HostileLoadBenchmark
{
    private const int AttackClients = 4;
    private const int Phases = 5;

    private static readonly string[] Hostile =
    [
        "q=" + Uri.EscapeDataString("/[ac]*a[ac]{16}/"),
        "q=" + Uri.EscapeDataString("/[/"),
        "q=" + Uri.EscapeDataString("/(((/"),
        "q=" + Uri.EscapeDataString("acceso [a TO z]"),
        "q=" + Uri.EscapeDataString("acceso~") + "&size=100",
        "q=" + Uri.EscapeDataString("*ceso"),
        "q=acceso&" + string.Join("&", Enumerable.Range(1000, 1_100).Select(y => $"year={y}")),
    ];

    private static readonly string[] Ordinary =
    [
        "acceso abusivo", "invasão de dispositivo informático", "\"illegal access\"", "datos personales", "données personnelles",
        "computer fraud", "interceptación ilícita", "154-A", "art. 269A", "protección de datos",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var index = Option(args, "--index") ?? Path.Combine(RepositoryRoot(), "data", "index");
        var seconds = int.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        if (!Directory.Exists(index))
        {
            Console.Error.WriteLine($"no index at {index}: build one with `dotnet run --project Indexer -- index ../shared/corpus --index {index} --no-ocr`, or pass --index DIR");
            return 2;
        }

        using var server = await Server.StartAsync(index);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        for (var i = 0; i < 5; i++) foreach (var query in Ordinary) await Timed(client, Search(query)); // warm up
        foreach (var query in Hostile) await Timed(client, "/api/search?" + query);

        output.WriteLine($"## Hostile requests (issue 16) — server over {index}, {Environment.ProcessorCount} cores");
        output.WriteLine();
        output.WriteLine("| request | status | median ms | worst ms |");
        output.WriteLine("| --- | --- | ---: | ---: |");
        foreach (var query in Hostile)
        {
            var runs = new List<(int Status, double Ms)>();
            for (var i = 0; i < 20; i++) runs.Add(await Timed(client, "/api/search?" + query));
            var label = Uri.UnescapeDataString(query.Length > 60 ? query[..60] + "…" : query);
            output.WriteLine($"| `{label}` | {string.Join("/", runs.Select(r => r.Status).Distinct())} | {Median(runs.Select(r => r.Ms)):F1} | {runs.Max(r => r.Ms):F1} |");
        }

        // Alone and under attack alternate in short phases, so that the load other processes put on the machine
        // (and the JIT still warming) fall on both sides alike.
        var alone = new List<double>();
        var underAttack = new List<double>();
        var sent = 0;
        var memoryBefore = server.Memory();
        var phase = TimeSpan.FromSeconds(seconds) / Phases;
        for (var round = 0; round < Phases; round++)
        {
            alone.AddRange(await OrdinaryLatencies(client, phase));
            using var stop = new CancellationTokenSource();
            var attackers = Enumerable.Range(0, AttackClients).Select(i => Attack(server.BaseUrl, i, stop.Token)).ToList();
            underAttack.AddRange(await OrdinaryLatencies(client, phase));
            await stop.CancelAsync();
            sent += (await Task.WhenAll(attackers)).Sum();
        }
        var memoryAfter = server.Memory();
        output.WriteLine();
        output.WriteLine($"| ordinary queries, one client, {seconds} s each way in {Phases} alternating phases | requests | p50 ms | p90 ms |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        output.WriteLine($"| alone | {alone.Count} | {Percentile(alone, 0.5):F1} | {Percentile(alone, 0.9):F1} |");
        output.WriteLine($"| with {AttackClients} clients sending hostile requests ({sent:N0} sent) | {underAttack.Count} | {Percentile(underAttack, 0.5):F1} | {Percentile(underAttack, 0.9):F1} |");
        output.WriteLine();
        output.WriteLine($"p50 under attack / alone: **{Percentile(underAttack, 0.5) / Percentile(alone, 0.5):F2}** (≤ 2 wanted)");
        output.WriteLine($"server memory: {memoryBefore} before the attack, {memoryAfter} after");
        return 0;
    }

    private static async Task<List<double>> OrdinaryLatencies(HttpClient client, TimeSpan duration)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++) latencies.Add((await Timed(client, Search(Ordinary[i % Ordinary.Length]))).Ms);
        return latencies;
    }

    /// <summary>One attacker: the hostile requests round-robin, back to back, until stopped; returns how many it sent.</summary>
    private static async Task<int> Attack(string baseUrl, int offset, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var sent = 0;
        try
        {
            for (var i = offset; !stop.IsCancellationRequested; i++, sent++) await Timed(client, "/api/search?" + Hostile[i % Hostile.Length], stop);
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        return sent;
    }

    private static string Search(string query) => "/api/search?q=" + Uri.EscapeDataString(query);

    private static async Task<(int Status, double Ms)> Timed(HttpClient client, string target, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(target, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ((int)response.StatusCode, clock.Elapsed.TotalMilliseconds);
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.ToList(), 0.5);

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LegalSearch.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The built Search.Web (same configuration as the bench) as its own process on a free loopback port.</summary>
    private sealed class Server(Process process, string baseUrl) : IDisposable
    {
        public string BaseUrl => baseUrl;

        public static async Task<Server> StartAsync(string index)
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var dll = Path.Combine(RepositoryRoot(), "Search.Web", "bin", configuration, "net10.0", "LegalSearch.Web.dll");
            var url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { dll, "--urls", url, $"--Index:Path={index}", "--RateLimit:Enabled=false" }) start.ArgumentList.Add(argument);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Search.Web");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient { BaseAddress = new Uri(url) };
            for (var attempt = 0; attempt < 600; attempt++)
            {
                if (process.HasExited) throw new InvalidOperationException($"Search.Web exited with {process.ExitCode}");
                try
                {
                    using var health = await probe.GetAsync("/health");
                    if (health.StatusCode == HttpStatusCode.OK) return new Server(process, url);
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(200);
            }
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Search.Web did not answer /health within 2 minutes");
        }

        /// <summary>"VmRSS 250 MB, VmHWM 300 MB" from /proc (Linux).</summary>
        public string Memory()
        {
            var status = $"/proc/{process.Id}/status";
            if (!File.Exists(status)) return "n/a";
            var lines = File.ReadAllLines(status).Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal) || l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return string.Join(", ", lines.Select(l =>
            {
                var parts = l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return $"{parts[0].TrimEnd(':')} {long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024} MB";
            }));
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}

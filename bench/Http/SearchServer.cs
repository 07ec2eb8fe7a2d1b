using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LegalSearch.Bench.Http;

/// <summary>
/// The real Search.Web (its own build output, same configuration as this bench) serving a given index on
/// 127.0.0.1 and a free port, in its own process so its memory can be read apart from the load generator's.
/// Its per-client rate limit is off: every bench client shares 127.0.0.1, so with it on the bench measured the throttle
/// (about 1,000 permits a second for all eight clients together) instead of the search.
/// </summary>
internal sealed class SearchServer : IDisposable
{
    private readonly Process process;

    public Uri BaseAddress { get; }

    public string GcMode { get; }

    private SearchServer(Process process, Uri baseAddress, string gcMode)
    {
        this.process = process;
        BaseAddress = baseAddress;
        GcMode = gcMode;
    }

    /// <param name="webDll">Another build of Search.Web (its LegalSearch.Web.dll, e.g. the code before a change); default this checkout's, same configuration as the bench.</param>
    public static async Task<SearchServer> StartAsync(string indexPath, TextWriter log, string? webDll = null)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.GetFullPath(webDll ?? Path.Combine(BenchPaths.RepositoryRoot(), "Search.Web", "bin", configuration, "net10.0", "LegalSearch.Web.dll"));
        if (!File.Exists(dll)) throw new FileNotFoundException($"no Search.Web build at {dll}", dll);
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", ".."));
        var contentRoot = File.Exists(Path.Combine(project, "Search.Web.csproj")) ? project : Path.GetDirectoryName(dll)!;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}", $"--Index:Path={indexPath}", "--Corpus:Ocr=false", "--RateLimit:Enabled=false", "--contentRoot", contentRoot },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Search.Web");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine($"  server: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SearchServer(process, new Uri($"http://127.0.0.1:{port}/"), GcModeOf(dll));
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Resident memory of the server process (VmRSS) and its peak (VmHWM), in bytes.</summary>
    public (long Resident, long Peak) Memory()
    {
        long Read(string key)
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited) throw new InvalidOperationException($"Search.Web exited with code {process.ExitCode}");
            try
            {
                using var response = await client.GetAsync("health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("Search.Web did not answer /health within 90 s");
    }

    private static string GcModeOf(string dll)
    {
        var config = File.ReadAllText(Path.ChangeExtension(dll, ".runtimeconfig.json"));
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_gcServer");
        var server = (fromEnvironment ?? (config.Contains("\"System.GC.Server\": true", StringComparison.Ordinal) ? "1" : "0")) == "1" ? "server" : "workstation";
        var concurrent = config.Contains("\"System.GC.Concurrent\": false", StringComparison.Ordinal) ? ", non-concurrent" : "";
        return server + concurrent;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
        process.Dispose();
    }
}

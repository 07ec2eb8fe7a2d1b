using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LegalSearch.Tests.Support;

/// <summary>The real Search.Web app as its own process on Kestrel, on a free loopback port, over a given index.</summary>
public sealed class WebServerProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> log = new();

    /// <summary>Every line the server printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Log => log.ToArray();

    public string BaseUrl { get; }

    private WebServerProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    /// <param name="settings">More configuration as command-line settings, e.g. "--Reindex:Schedule=0 3 * * *".</param>
    public static WebServerProcess Start(string indexPath, params string[] settings) =>
        StartIn(Path.Combine(TestPaths.RepositoryRoot, "Search.Web"), indexPath, settings);

    /// <summary>The same, started from <paramref name="workingDirectory"/> (the server must not depend on it).</summary>
    public static WebServerProcess StartIn(string workingDirectory, string indexPath, params string[] settings)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var webProject = Path.Combine(TestPaths.RepositoryRoot, "Search.Web");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(webProject, "bin", configuration, "net10.0", "LegalSearch.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add($"--Index:Path={indexPath}");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Search.Web");
        var server = new WebServerProcess(process, baseUrl);
        server.WaitUntilListening();
        return server;
    }

    private void WaitUntilListening()
    {
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) log.Enqueue(e.Data);
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) log.Enqueue(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(2))).GetAwaiter().GetResult();
        if (first != listening.Task)
        {
            var exit = process.HasExited ? $"exited with {process.ExitCode}" : "still starting";
            Dispose();
            Assert.Fail($"Search.Web did not start listening within 2 minutes ({exit}):\n{string.Join("\n", log.TakeLast(30))}");
        }
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

using System.Diagnostics;
using System.Text;

namespace LegalSearch.Tests.Support;

/// <summary>The real Indexer CLI started as its own process and left running: for concurrent writers and kill -9.</summary>
public sealed class IndexerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly TaskCompletionSource firstProgress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id => process.Id;

    private IndexerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith("Indexing ", StringComparison.Ordinal)) started.TrySetResult();
            if (e.Data.StartsWith("[1/", StringComparison.Ordinal)) firstProgress.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (error) error.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static IndexerProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LegalSearch.Indexer.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("LEGALSEARCH_INDEX");
        return new IndexerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the Indexer CLI"));
    }

    /// <summary>Completes when the CLI has scanned its sources and starts the run (it takes the writer lock next).</summary>
    public Task Started => started.Task;

    /// <summary>Completes when the run reported its first finished source (it holds the writer lock by then).</summary>
    public Task FirstProgress => firstProgress.Task;

    public async Task<CliRun> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        lock (output) lock (error) return new CliRun(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>SIGKILL: no finally blocks, no disposal, no commit on close — the process just stops.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}

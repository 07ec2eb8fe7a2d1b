using System.Diagnostics;
using System.ComponentModel;

namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>The outcome of a finished external tool: exit code, standard output and standard error.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs command-line tools (pdftoppm, tesseract, pdftotext) with an argument list (no shell quoting),
/// reading both streams concurrently so a chatty tool cannot dead-lock us.
/// </summary>
public static class ExternalProcess
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new ExtractionException($"'{fileName}' could not be started ({ex.Message}); is it installed?", ex);
        }

        using var registration = cancellationToken.Register(() => KillQuietly(process));
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>True when <paramref name="fileName"/> is an executable on the PATH (or an existing path).</summary>
    public static bool IsInstalled(string fileName)
    {
        if (Path.IsPathRooted(fileName)) return File.Exists(fileName);
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, fileName)));
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // the process already exited between the cancellation and the kill; nothing left to stop
        }
    }
}

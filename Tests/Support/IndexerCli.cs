using System.Diagnostics;

namespace LegalSearch.Tests.Support;

/// <summary>What one run of the Indexer CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the real Indexer CLI as a separate process, from the Indexer project's own output folder: the copy beside
/// the tests lacks the packages the ASP.NET framework provides to the tests (System.Threading.RateLimiting).
/// </summary>
public static class IndexerCli
{
    private static string IndexerDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(TestPaths.RepositoryRoot, "Indexer", "bin", configuration, "net10.0", "LegalSearch.Indexer.dll");
        }
    }

    public static CliRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(IndexerDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("LEGALSEARCH_INDEX");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the Indexer CLI");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the Indexer CLI did not finish within 10 minutes");
        }
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}

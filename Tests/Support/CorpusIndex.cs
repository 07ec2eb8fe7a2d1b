namespace LegalSearch.Tests.Support;

/// <summary>
/// One real Lucene index of the whole shared corpus, built once per test run by the real Indexer CLI
/// (`index ../shared/corpus --index TMP --no-ocr`: scans are reported as failures rather than OCR'd in every run).
/// Tests only read it; <see cref="Run"/> keeps what the CLI printed for the CLI tests.
/// </summary>
public static class CorpusIndex
{
    private static readonly Lazy<(string Path, CliRun Run)> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Built.Value.Path;

    public static CliRun Run => Built.Value.Run;

    private static (string, CliRun) Build()
    {
        var path = System.IO.Path.Combine(TestPaths.NewTempFolder("corpus-index"), "index");
        var run = IndexerCli.Run("index", TestPaths.SharedCorpus, "--index", path, "--no-ocr");
        TestContext.Progress.WriteLine($"corpus index built by the CLI (exit {run.ExitCode}): {run.Output.Split('\n').LastOrDefault(l => l.StartsWith("Done", StringComparison.Ordinal))}");
        return (path, run);
    }
}

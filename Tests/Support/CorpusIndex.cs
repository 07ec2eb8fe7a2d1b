using LegalSearch.Indexer.Cli;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Tests.Support;

/// <summary>
/// One real Lucene index of the whole shared corpus, built once per test run through the same code path as
/// the CLI (OCR disabled, so scans are reported as failures rather than paid for in every run).
/// Tests only read it.
/// </summary>
public static class CorpusIndex
{
    private static readonly Lazy<(string Path, IndexRunResult Result)> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Built.Value.Path;

    public static IndexRunResult Result => Built.Value.Result;

    private static (string, IndexRunResult) Build()
    {
        var path = System.IO.Path.Combine(TestPaths.NewTempFolder("corpus-index"), "index");
        var result = IndexCommand.Execute(LocalSourceScanner.Scan([TestPaths.SharedCorpus]), path, enableOcr: false, progress: null);
        TestContext.Progress.WriteLine($"corpus index: {result.Statutes} statutes, {result.Provisions} provisions, {result.Failures.Count} failures in {result.Elapsed.TotalSeconds:F1} s");
        return (path, result);
    }
}

using Lucene.Net.Index;
using Lucene.Net.Store;
using LegalSearch.Indexer.Cli;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Web.Index;

/// <summary>Before the site serves: when the index is missing or empty, builds it from the configured corpus, logging progress.</summary>
public static class IndexBootstrapper
{
    public static void EnsureIndex(string indexPath, IReadOnlyList<string> corpusPaths, bool ocr, ILogger logger)
    {
        if (HasDocuments(indexPath))
        {
            logger.LogInformation("Using the index at {Path}", indexPath);
            return;
        }

        var inputs = corpusPaths;
        var missing = inputs.Where(p => !File.Exists(p) && !System.IO.Directory.Exists(p)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Corpus:Paths has no such file or folder: {string.Join(", ", missing)}");

        var sources = LocalSourceScanner.Scan(inputs);
        logger.LogInformation("No index at {Path}: building it from {Count} files in {Corpus}", indexPath, sources.Count, string.Join(", ", inputs));
        var result = IndexCommand.Execute(sources, indexPath, ocr, new LoggerProgress(logger));
        logger.LogInformation("Index built in {Seconds:F1} s: {Statutes} statutes, {Provisions} provisions", result.Elapsed.TotalSeconds, result.Statutes, result.Provisions);
        foreach (var failure in result.Failures) logger.LogWarning("Not indexed: {Source}: {Reason}", failure.Source, failure.Reason);
        if (result.WriteFailure is not null) throw new InvalidOperationException($"the index at {indexPath} could not be built: {result.WriteFailure}");
        if (!HasDocuments(indexPath)) throw new InvalidOperationException($"the corpus produced an empty index at {indexPath}");
    }

    private static bool HasDocuments(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return false;
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory)) return false;
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs > 0;
    }

    private sealed class LoggerProgress(ILogger logger) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => logger.LogInformation(
            "[{Done}/{Total}] {Source}: {Status}", value.Done, value.Total, value.Source,
            value.Error is null ? $"{value.Provisions} provisions" : $"FAILED: {value.Error}");
    }
}

using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Cli;

/// <summary>`index &lt;file-or-folder&gt;... [--index DIR] [--no-ocr]`: local files into the index.</summary>
public static class IndexCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        if (args.Inputs.Count == 0) throw new UsageException("index needs at least one file or folder");
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        var sources = LocalSourceScanner.Scan(args.Inputs);
        output.WriteLine($"Indexing {sources.Count} files into {indexPath}");

        IndexRunResult result;
        try
        {
            result = Execute(sources, indexPath, !args.Flag("--no-ocr"), new ConsoleProgress(output, !Console.IsOutputRedirected));
        }
        catch (IndexWriteException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 3;
        }
        output.WriteLine($"Done in {result.Elapsed.TotalSeconds:F1} s: {result.Statutes} statutes, {result.Provisions} provisions from {result.Files} files.");
        output.WriteLine($"Peak memory: {PeakMegabytes()} MB");
        if (result.Failures.Count > 0)
        {
            error.WriteLine($"{result.Failures.Count} files failed:");
            foreach (var failure in result.Failures) error.WriteLine($"  {failure.Source}: {failure.Reason}");
        }
        if (result.WriteFailure is not null)
        {
            error.WriteLine($"error: {result.WriteFailure}; the run stopped, {result.Files - result.Statutes - result.Failures.Count} files were not tried");
            return 3;
        }
        return result.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The most memory this process has held (VmHWM on Linux): hostile files must not take the machine.</summary>
    private static long PeakMegabytes()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024 * 1024);
    }

    public static IndexRunResult Execute(IReadOnlyList<ScannedSource> sources, string indexPath, bool enableOcr, IProgress<IndexProgress>? progress)
    {
        var options = new ExtractionOptions(enableOcr, IndexPaths.OcrCacheFor(indexPath));
        using var writer = new StatuteIndexWriter(indexPath);
        var pipeline = new IndexingPipeline(new StatuteBuilder(ExtractorRegistry.CreateDefault(options)), writer);
        return pipeline.Run(sources, progress);
    }
}

using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Cli;

/// <summary>`index &lt;file-or-folder&gt;... [--index DIR] [--no-ocr] [--rebuild]`: local files into the index, as one run.</summary>
public static class IndexCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        if (args.Inputs.Count == 0) throw new UsageException("index needs at least one file or folder");
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        var sources = LocalSourceScanner.Scan(args.Inputs);
        output.WriteLine($"Indexing {sources.Count} files into {indexPath}");

        var request = new IndexRunRequest(indexPath, sources) { Ocr = !args.Flag("--no-ocr"), Rebuild = args.Flag("--rebuild"), Trigger = "cli" };
        var run = new IndexingService().Run(request, new ConsoleProgress(output, !Console.IsOutputRedirected));
        return Report(run, output, error);
    }

    /// <summary>Prints the run's outcome; exit 0 all done, 1 done with failures, 3 refused (locked) or index unusable.</summary>
    public static int Report(IndexRun run, TextWriter output, TextWriter error)
    {
        if (!run.Completed)
        {
            error.WriteLine($"error: {run.Error}");
            return 3;
        }
        var c = run.Counts;
        var statutes = c.Added + c.Changed + c.Unchanged;
        output.WriteLine($"Done in {run.Elapsed.TotalSeconds:F1} s: {statutes} statutes, {c.ProvisionsWritten} provisions written from {c.Sources} files " +
                         $"({c.Added} added, {c.Changed} changed, {c.Unchanged} unchanged, {c.Removed} removed, {c.Failed} failed). Run {run.Id}.");
        output.WriteLine($"Peak memory: {PeakMegabytes()} MB");
        if (run.Failures.Count == 0) return 0;
        error.WriteLine($"{run.Failures.Count} files failed:");
        foreach (var failure in run.Failures) error.WriteLine($"  {failure.Source}: {failure.Reason}");
        return 1;
    }

    /// <summary>The most memory this process has held (VmHWM on Linux): hostile files must not take the machine.</summary>
    private static long PeakMegabytes()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024 * 1024);
    }
}

using System.Diagnostics;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Bench.Engines;

/// <summary>
/// Segmented statutes into a committed LegalSearch index, through the indexer's own writer (staged, then one commit,
/// offences classified), on <paramref name="workers"/> threads as the indexing service does (one per core); one worker
/// writes the statutes in order, so document numbers, and the order of hits tied on score, are the same every run.
/// </summary>
internal static class LuceneIndexBuilder
{
    public static IndexBuild Build(IEnumerable<Statute> statutes, string indexPath, int workers = 1)
    {
        if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
        var stopwatch = Stopwatch.StartNew();
        var provisions = 0;
        using (var writer = new StatuteIndexWriter(indexPath))
        {
            Parallel.ForEach(statutes, new ParallelOptions { MaxDegreeOfParallelism = workers }, statute => Interlocked.Add(ref provisions, writer.Replace(statute)));
            writer.Commit(new Dictionary<string, string>());
        }
        return new IndexBuild(provisions, stopwatch.Elapsed, DiskSize.Of(indexPath));
    }
}

/// <summary>What building an index took: provisions written, wall time, bytes on disk (and, where measured, the process's CPU time).</summary>
internal sealed record IndexBuild(int Provisions, TimeSpan Elapsed, long Bytes)
{
    public TimeSpan Cpu { get; init; }

    public double ProvisionsPerSecond => Provisions / Elapsed.TotalSeconds;

    /// <summary>Provisions per second of the process's CPU time (every thread: workers, GC, JIT): the figure to read on a shared machine.</summary>
    public double ProvisionsPerCpuSecond => Provisions / Cpu.TotalSeconds;

    /// <summary>Runs <paramref name="build"/> and adds the process's CPU time it took.</summary>
    public static IndexBuild Timed(Func<IndexBuild> build)
    {
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        var result = build();
        self.Refresh();
        return result with { Cpu = self.TotalProcessorTime - before };
    }
}

internal static class DiskSize
{
    public static long Of(string path) => File.Exists(path)
        ? new FileInfo(path).Length
        : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    public static string Megabytes(long bytes) => $"{bytes / 1048576.0:F1} MB";
}

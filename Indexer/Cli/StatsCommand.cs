using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Indexer.Cli;

/// <summary>
/// `stats [--index DIR] [--statute ID]`: statute and provision counts, per country and language; with --statute, that
/// statute's metadata, provisions by kind and edition, and its segmentation report (repeats and how each was explained,
/// notes recognised, word coverage). Exit 3 when there is no readable index.
/// </summary>
public static class StatsCommand
{
    /// <summary>Exit 3 with the reason when there is no index or it cannot be read (damaged, wrong format).</summary>
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        try
        {
            using var directory = FSDirectory.Open(indexPath);
            if (!DirectoryReader.IndexExists(directory))
            {
                error.WriteLine($"error: no index at {indexPath} (build one with: index <folder> --index {indexPath})");
                return 3;
            }
            using var reader = DirectoryReader.Open(directory);
            if (args.Option("--statute") is { } statuteId) return PrintStatute(new IndexSearcher(reader), statuteId, output, error);
            PrintCounts(IndexStatistics.Read(new IndexSearcher(reader)), indexPath, output);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // CorruptIndexException, IndexFormatTooOld/NewException, EndOfStreamException and a missing segment file are IOExceptions.
            error.WriteLine($"error: the index at {indexPath} is damaged or unreadable: {ex.GetType().Name}: {ex.Message}");
            return 3;
        }
    }

    private static void PrintCounts(IndexStatistics stats, string indexPath, TextWriter output)
    {
        output.WriteLine($"Index: {indexPath}");
        output.WriteLine($"Statutes: {stats.Statutes}");
        output.WriteLine($"Provisions: {stats.Provisions}");
        output.WriteLine($"Last indexed: {stats.LastIndexed:u}");
        output.WriteLine("By country: " + string.Join(", ", stats.StatutesByCountry.Select(kv => $"{kv.Key} {kv.Value}")));
        output.WriteLine("Provisions by language: " + string.Join(", ", stats.ProvisionsByLanguage.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    private static int PrintStatute(IndexSearcher searcher, string statuteId, TextWriter output, TextWriter error)
    {
        if (IndexedStatuteReport.Read(searcher, statuteId) is not { } summary)
        {
            error.WriteLine($"no statute {statuteId} in the index");
            return 1;
        }
        foreach (var line in summary.Lines()) output.WriteLine(line);
        return 0;
    }
}

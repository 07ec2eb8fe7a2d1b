using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Indexer.Cli;

/// <summary>`stats [--index DIR]`: statute and provision counts, per country and language; exit 3 when there is no readable index.</summary>
public static class StatsCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        IndexStatistics stats;
        try
        {
            using var directory = FSDirectory.Open(indexPath);
            if (!DirectoryReader.IndexExists(directory))
            {
                error.WriteLine($"error: no index at {indexPath} (build one with: index <folder> --index {indexPath})");
                return 3;
            }
            using var reader = DirectoryReader.Open(directory);
            stats = IndexStatistics.Read(new IndexSearcher(reader));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // CorruptIndexException, IndexFormatTooOld/NewException, EndOfStreamException and a missing segment file are IOExceptions.
            error.WriteLine($"error: the index at {indexPath} is damaged or unreadable: {ex.GetType().Name}: {ex.Message}");
            return 3;
        }
        output.WriteLine($"Index: {indexPath}");
        output.WriteLine($"Statutes: {stats.Statutes}");
        output.WriteLine($"Provisions: {stats.Provisions}");
        output.WriteLine($"Last indexed: {stats.LastIndexed:u}");
        output.WriteLine("By country: " + string.Join(", ", stats.StatutesByCountry.Select(kv => $"{kv.Key} {kv.Value}")));
        output.WriteLine("Provisions by language: " + string.Join(", ", stats.ProvisionsByLanguage.Select(kv => $"{kv.Key} {kv.Value}")));
        return 0;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Indexer.Cli;

/// <summary>`stats [--index DIR]`: statute and provision counts, per country and language.</summary>
public static class StatsCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            error.WriteLine($"no index at {indexPath} (build one with: index <folder> --index {indexPath})");
            return 1;
        }
        using var reader = DirectoryReader.Open(directory);
        var stats = IndexStatistics.Read(new IndexSearcher(reader));
        output.WriteLine($"Index: {indexPath}");
        output.WriteLine($"Statutes: {stats.Statutes}");
        output.WriteLine($"Provisions: {stats.Provisions}");
        output.WriteLine($"Last indexed: {stats.LastIndexed:u}");
        output.WriteLine("By country: " + string.Join(", ", stats.StatutesByCountry.Select(kv => $"{kv.Key} {kv.Value}")));
        output.WriteLine("Provisions by language: " + string.Join(", ", stats.ProvisionsByLanguage.Select(kv => $"{kv.Key} {kv.Value}")));
        return 0;
    }
}

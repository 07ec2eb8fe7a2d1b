namespace LegalSearch.Indexer.Cli;

/// <summary>Where the index lives: --index, else LEGALSEARCH_INDEX, else data/index.</summary>
public static class IndexPaths
{
    public const string EnvironmentVariable = "LEGALSEARCH_INDEX";
    public const string Default = "data/index";

    public static string Resolve(string? option) =>
        Path.GetFullPath(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Default);

    /// <summary>The crawler's content cache beside the index folder, so the next crawl sends conditional GETs.</summary>
    public static string CrawlCacheFor(string indexPath) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexPath))) ?? ".", "crawl-cache");
}

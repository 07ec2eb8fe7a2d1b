namespace LegalSearch.Indexer.Cli;

/// <summary>Where the index lives: --index, else LEGALSEARCH_INDEX, else data/index.</summary>
public static class IndexPaths
{
    public const string EnvironmentVariable = "LEGALSEARCH_INDEX";
    public const string Default = "data/index";

    public static string Resolve(string? option) =>
        Path.GetFullPath(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Default);

    /// <summary>OCR output cache beside the index folder, so a rebuilt index does not pay OCR again.</summary>
    public static string OcrCacheFor(string indexPath) => Beside(indexPath, "ocr-cache");

    /// <summary>The crawler's content cache beside the index folder, so the next crawl sends conditional GETs.</summary>
    public static string CrawlCacheFor(string indexPath) => Beside(indexPath, "crawl-cache");

    private static string Beside(string indexPath, string name) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(indexPath)) ?? ".", name);
}

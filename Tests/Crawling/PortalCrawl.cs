using LegalSearch.Indexer.Crawling;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// One crawl-site server and one first crawl of the portal for all crawling tests (a first crawl indexes 19
/// statutes: done once per run). Tests that crawl again start from a copy of the first crawl's cache and index,
/// against the same server (its URLs are in the cache), and undo their changes to the served files.
/// </summary>
[SetUpFixture]
public sealed class PortalCrawl
{
    public static CrawlSiteServer Server { get; private set; } = null!;

    /// <summary>The first crawl's folder: cache/, index/ and the index's run history beside it.</summary>
    public static string Folder { get; private set; } = null!;

    public static CliRun Run { get; private set; } = null!;

    public static CrawlReport Report { get; private set; } = null!;

    /// <summary>The requests the server saw during the first crawl.</summary>
    public static IReadOnlyList<ServedRequest> Requests { get; private set; } = [];

    [OneTimeSetUp]
    public async Task CrawlOnce()
    {
        Server = await CrawlSiteServer.StartAsync();
        Folder = TestPaths.NewTempFolder("crawl-portal");
        (Run, Report) = CrawlSite.Crawl(Server, Folder);
        Requests = Server.Requests;
        TestContext.Progress.WriteLine($"portal crawled by the CLI (exit {Run.ExitCode}): {Run.Output.Split('\n').LastOrDefault(l => l.StartsWith("Indexed", StringComparison.Ordinal))}");
    }

    [OneTimeTearDown]
    public async Task Stop() => await Server.DisposeAsync();

    /// <summary>A new folder holding a copy of the first crawl's cache, index and run history.</summary>
    public static string CopyOfFirstCrawl(string prefix)
    {
        var copy = TestPaths.NewTempFolder(prefix);
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }
}

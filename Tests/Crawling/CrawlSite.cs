using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>What the shared crawl-site's two link pages link to, read from the pages themselves (not written down here).</summary>
public static partial class CrawlSite
{
    public const string EnglishPage = "/crawl-site/cyber_legis.htm";
    public const string SpanishPage = "/crawl-site/paises/index_es.htm";

    /// <summary>Site paths of the /corpus/docs/ links of both pages, fragments dropped, in order, once each.</summary>
    public static IReadOnlyList<string> DocumentLinks()
    {
        var links = new List<string>();
        foreach (var (page, folder) in new[] { (EnglishPage, "/crawl-site/"), (SpanishPage, "/crawl-site/paises/") })
        {
            var html = File.ReadAllText(Path.Combine(CrawlSiteServer.SharedRoot, page.TrimStart('/')), System.Text.Encoding.Latin1);
            foreach (Match match in Href().Matches(html))
            {
                var href = match.Groups[1].Value.Split('#')[0];
                if (!href.Contains("corpus/docs/")) continue;
                var path = new Uri(new Uri("http://site" + folder), href).AbsolutePath;
                if (!links.Contains(path)) links.Add(path);
            }
        }
        return links;
    }

    public static string FileOf(string sitePath) => Path.Combine(CrawlSiteServer.SharedRoot, sitePath.TrimStart('/'));

    public static string Sha256Of(string sitePath) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(FileOf(sitePath))));

    /// <summary>Runs the real CLI's crawl from the English page against the server.</summary>
    public static (CliRun Run, CrawlReport Report) Crawl(CrawlSiteServer server, string folder, params string[] extra)
    {
        var report = Path.Combine(folder, $"report-{Guid.NewGuid():N}.json");
        string[] arguments =
        [
            "crawl", "--seed", server.Url(EnglishPage).AbsoluteUri,
            "--cache", Path.Combine(folder, "cache"), "--index", Path.Combine(folder, "index"), "--report", report,
            "--no-ocr", "--delay", "0", "--timeout", "20", "--retries", "1", "--retry-delay", "0.05", .. extra,
        ];
        var run = IndexerCli.Run(arguments);
        Assert.That(File.Exists(report), $"no report written (exit {run.ExitCode}): {run.Output}\n{run.Error}");
        return (run, CrawlReport.Read(report));
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

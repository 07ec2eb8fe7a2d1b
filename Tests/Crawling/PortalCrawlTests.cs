using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// The Indexer CLI crawls the shared crawl-site from its English page, served by a real Kestrel on 127.0.0.1:
/// exactly the outcome of crawl-site/README.md, then the index answers searches with the URLs as sources.
/// </summary>
public sealed class PortalCrawlTests
{
    private static CrawlSiteServer server => PortalCrawl.Server;
    private static string folder => PortalCrawl.Folder;
    private static CliRun run => PortalCrawl.Run;
    private static CrawlReport report => PortalCrawl.Report;

    [Test]
    public void Two_link_pages_and_the_nineteen_linked_documents_are_fetched_once_each()
    {
        var expected = CrawlSite.DocumentLinks().Where(p => File.Exists(CrawlSite.FileOf(p))).ToList();

        Assert.That(report.LinkPages, Is.EqualTo(new[] { server.Url(CrawlSite.EnglishPage).AbsoluteUri, server.Url(CrawlSite.SpanishPage).AbsoluteUri }));
        Assert.That(expected, Has.Count.EqualTo(19), "crawl-site/README.md: 14 documents from the English page, 5 more from the Spanish one");
        Assert.That(report.Documents.Select(d => d.Url), Is.EquivalentTo(expected.Select(p => server.Url(p).AbsoluteUri)));
        Assert.That(report.Documents.Select(d => d.Status), Is.All.EqualTo("new"));
        foreach (var document in report.Documents)
        {
            Assert.That(document.Sha256, Is.EqualTo(CrawlSite.Sha256Of(new Uri(document.Url).AbsolutePath)), document.Url);
        }
    }

    [Test]
    public void The_broken_link_is_the_one_fetch_failure_and_the_run_exits_1()
    {
        var broken = CrawlSite.DocumentLinks().Single(p => !File.Exists(CrawlSite.FileOf(p)));

        var fetchFailures = report.Failures.Where(f => f.Stage == "fetch").ToList();
        Assert.That(fetchFailures.Select(f => f.Url), Is.EqualTo(new[] { server.Url(broken).AbsoluteUri }));
        Assert.That(fetchFailures[0].Reason, Does.StartWith("HTTP 404"));
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain(broken));
    }

    [Test]
    public void Nothing_from_private_or_another_host_and_no_url_requested_twice()
    {
        var requests = PortalCrawl.Requests;

        Assert.That(requests.Select(r => r.Path), Is.Unique);
        Assert.That(requests.Select(r => r.Path), Has.None.StartsWith("/crawl-site/private/"));
        Assert.That(requests.Select(r => r.Path), Does.Contain("/robots.txt"));
        Assert.That(requests.Select(r => r.UserAgent), Is.All.StartsWith("LegalSearch-Crawler/"));
        Assert.That(report.Skipped, Has.Some.Matches<CrawlReport.Skip>(s => s.Url.EndsWith("/crawl-site/private/draft.htm") && s.Reason == "robots"));
        Assert.That(report.Skipped, Has.Some.Matches<CrawlReport.Skip>(s => s.Url.StartsWith("http://www.example.invalid/") && s.Reason == "other host"));
        Assert.That(report.Skipped.Where(s => s.Reason == "not an http link").Select(s => s.Url.Split(':')[0]), Is.EquivalentTo(new[] { "mailto", "javascript" }));
        Assert.That(report.Skipped.Where(s => s.Reason == "duplicate").Select(s => new Uri(s.Url).AbsolutePath),
            Does.Contain(CrawlSite.EnglishPage).And.Contain("/corpus/docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf"));
    }

    [Test]
    public void Every_document_is_indexed_under_a_statute_id_except_the_scan_that_needs_OCR()
    {
        var indexFailures = report.Failures.Where(f => f.Stage == "index").ToList();

        Assert.That(indexFailures.Select(f => new Uri(f.Url).AbsolutePath), Is.EqualTo(new[] { "/corpus/docs/int/coe-ets185-convenio-ciberdelincuencia-es-oas-garbled-text.pdf" }));
        Assert.That(indexFailures[0].Reason, Does.Contain("needs OCR"));
        var indexed = report.Documents.Where(d => d.StatuteId is not null).ToList();
        Assert.That(indexed, Has.Count.EqualTo(report.Documents.Count - 1));
        Assert.That(indexed.Select(d => d.StatuteId), Is.Unique);
        Assert.That(Id("/corpus/docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf"), Is.EqualTo("co-ley-1273-2009"), "country from the row, law number from the link text");
        Assert.That(Id("/corpus/docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf"), Does.StartWith("co-ley-estatutaria-1581-2012"), "country from the Spanish list item");
        Assert.That(Id("/corpus/docs/int/coe-ets185-convention-on-cybercrime-en.pdf"), Does.StartWith("int-"), "Council of Europe row");
    }

    [Test]
    public async Task The_crawled_index_answers_searches_with_the_url_as_source()
    {
        await using var app = new WebAppFactory(Path.Combine(folder, "index"));
        using var client = app.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/search?q=acceso%20abusivo&country=CO");

        var hit = body.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("statuteId").GetString() == "co-ley-1273-2009");
        Assert.That(hit.GetProperty("article").GetString(), Is.EqualTo("269A"));
        Assert.That(hit.GetProperty("source").GetString(), Is.EqualTo(server.Url("/corpus/docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf").AbsoluteUri));
        var spanish = await client.GetFromJsonAsync<JsonElement>("/api/search?q=%22tratamiento%20de%20datos%22&country=CO");
        Assert.That(spanish.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()),
            Has.Some.EndsWith("/corpus/docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf"));
    }

    private static string? Id(string path) => report.Documents.Single(d => d.Url == server.Url(path).AbsoluteUri).StatuteId;
}

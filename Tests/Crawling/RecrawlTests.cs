using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// Crawling the same site again: conditional GETs, nothing extracted again; a changed served file reindexes exactly
/// its statute; a removed one leaves the index. Each starts from a copy of the first crawl (<see cref="PortalCrawl"/>).
/// </summary>
public sealed class RecrawlTests
{
    private const string UsCode = "/corpus/docs/us/uscode-2024-title6-chap6-cybersecurity.htm";
    private const string ChileanLaw = "/corpus/docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml";

    [Test]
    public async Task A_second_crawl_gets_304s_and_extracts_nothing()
    {
        var server = PortalCrawl.Server;
        var folder = PortalCrawl.CopyOfFirstCrawl("recrawl-same");
        var first = PortalCrawl.Report;
        server.ClearRequests();

        var (_, second) = CrawlSite.Crawl(server, folder);

        Assert.That(second.Documents.Select(d => d.Url), Is.EquivalentTo(first.Documents.Select(d => d.Url)));
        Assert.That(second.Documents.Select(d => d.Status), Is.All.EqualTo("not-modified").Or.EqualTo("unchanged"));
        var documentRequests = server.Requests.Where(r => r.Path.StartsWith("/corpus/docs/") && File.Exists(CrawlSite.FileOf(r.Path))).ToList();
        Assert.That(documentRequests, Has.Count.EqualTo(first.Documents.Count));
        Assert.That(documentRequests.Select(r => r.Conditional), Is.All.True, "each cached document is asked for with its validators");
        var run = LastRun(folder);
        Assert.That((run.Counts.Added, run.Counts.Changed, run.Counts.Removed, run.Counts.ProvisionsWritten), Is.EqualTo((0, 0, 0, 0)), "nothing re-extracted");
        Assert.That(run.Counts.Unchanged, Is.EqualTo(first.Documents.Count(d => d.StatuteId is not null)));
        Assert.That(second.Documents.Select(d => (d.Url, d.StatuteId)), Is.EquivalentTo(first.Documents.Select(d => (d.Url, d.StatuteId))), "statute ids are stable");
    }

    [Test]
    public async Task A_changed_file_reindexes_exactly_its_statute_and_a_removed_file_leaves_the_index()
    {
        var server = PortalCrawl.Server;
        var folder = PortalCrawl.CopyOfFirstCrawl("recrawl-change");
        var first = PortalCrawl.Report;
        try
        {
            await ChangeThenRemove(server, folder, first);
        }
        finally
        {
            server.Restore();
        }
    }

    private static async Task ChangeThenRemove(CrawlSiteServer server, string folder, CrawlReport first)
    {
        var usId = first.Documents.Single(d => d.Url == server.Url(UsCode).AbsoluteUri).StatuteId!;
        var chileId = first.Documents.Single(d => d.Url == server.Url(ChileanLaw).AbsoluteUri).StatuteId!;
        Assert.That(await Search(folder, "quokkaprotocol"), Is.Empty);

        var original = File.ReadAllText(CrawlSite.FileOf(UsCode), Encoding.Latin1);
        var edited = original.Replace("There is established, within the Executive Office", "There is established, quokkaprotocol within the Executive Office", StringComparison.Ordinal); // statute text, not a note (notes are not searched)
        Assert.That(edited, Is.Not.EqualTo(original));
        server.Replace(UsCode, Encoding.Latin1.GetBytes(edited));
        var (_, changed) = CrawlSite.Crawl(server, folder);

        Assert.That(changed.Documents.Where(d => d.Status == "changed").Select(d => d.Url), Is.EqualTo(new[] { server.Url(UsCode).AbsoluteUri }));
        Assert.That(changed.Documents.Where(d => d.Status != "changed").Select(d => d.Status), Is.All.EqualTo("not-modified"));
        var changeRun = LastRun(folder);
        Assert.That(changeRun.Changes.Select(c => (c.StatuteId, c.Outcome)), Is.EqualTo(new[] { (usId, StatuteOutcome.Changed) }));
        Assert.That(changeRun.Changes[0].TextChanged, Has.Count.EqualTo(1), "one provision's text changed");
        Assert.That(await Search(folder, "quokkaprotocol"), Is.EqualTo(new[] { usId }));

        server.Remove(ChileanLaw);
        var (_, removed) = CrawlSite.Crawl(server, folder);

        Assert.That(removed.Documents.Select(d => d.Url), Does.Not.Contain(server.Url(ChileanLaw).AbsoluteUri));
        Assert.That(removed.Failures.Where(f => f.Stage == "fetch").Select(f => (f.Url, f.Reason[..8])),
            Is.EquivalentTo(new[] { (server.Url(ChileanLaw).AbsoluteUri, "HTTP 404"), (server.Url("/corpus/docs/gt/decreto-00-2099-no-such-law.pdf").AbsoluteUri, "HTTP 404") }));
        var removeRun = LastRun(folder);
        Assert.That(removeRun.Changes.Select(c => (c.StatuteId, c.Outcome)), Is.EqualTo(new[] { (chileId, StatuteOutcome.Removed) }));
        await using var app = new WebAppFactory(Path.Combine(folder, "index"));
        using var client = app.CreateClient();
        Assert.That((await client.GetAsync($"/api/statutes/{chileId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync($"/api/statutes/{usId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void A_server_error_keeps_the_last_copy_and_its_statute()
    {
        var server = PortalCrawl.Server;
        var folder = PortalCrawl.CopyOfFirstCrawl("recrawl-outage");
        var chile = PortalCrawl.Report.Documents.Single(d => d.Url == server.Url(ChileanLaw).AbsoluteUri);
        server.Break(ChileanLaw);
        CrawlReport report;
        try
        {
            (_, report) = CrawlSite.Crawl(server, folder);
        }
        finally
        {
            server.Restore();
        }

        var kept = report.Documents.Single(d => d.Url == chile.Url);
        Assert.That((kept.Status, kept.Sha256, kept.StatuteId, kept.Attempts), Is.EqualTo(("stale", chile.Sha256, chile.StatuteId, 2)));
        Assert.That(report.Failures.Single(f => f.Url == chile.Url).Reason, Is.EqualTo("HTTP 503 Service Unavailable (2 attempts)"));
        var run = LastRun(folder);
        Assert.That((run.Counts.Removed, run.Counts.Changed, run.Counts.Added), Is.EqualTo((0, 0, 0)), "a passing outage does not remove the statute");
    }

    private static IndexRun LastRun(string folder) => new RunHistory(IndexLocations.For(Path.Combine(folder, "index"))).List()[0];

    private static async Task<List<string>> Search(string folder, string query)
    {
        await using var app = new WebAppFactory(Path.Combine(folder, "index"));
        using var client = app.CreateClient();
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}");
        return body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("statuteId").GetString()!).Distinct().ToList();
    }
}

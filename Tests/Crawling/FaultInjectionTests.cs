using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Indexer.Fetching;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// The crawler against the fault pages of the test server (<see cref="FaultPages"/>), with short timeouts and
/// delays: every fault ends in the report with its reason, the good documents are indexed, the run completes.
/// </summary>
public sealed class FaultInjectionTests
{
    private static readonly FetchOptions Options = new()
    {
        PerHostDelay = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromMilliseconds(1500), // the hang costs 3 of these; shorter risks timing out real answers on a busy machine
        BodyTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        MaxBytes = 1024 * 1024,
    };

    private CrawlReport report = null!;
    private CrawlIndexOutcome indexed = null!;
    private IReadOnlyList<ServedRequest> requests = [];

    [OneTimeSetUp]
    public async Task CrawlTheFaults()
    {
        var server = PortalCrawl.Server;
        var folder = TestPaths.NewTempFolder("crawl-faults");
        server.ClearRequests();
        CrawlResult crawl;
        using (var services = CrawlerServices.Build(Options, Path.Combine(folder, "cache")))
        {
            crawl = await services.GetRequiredService<Crawler>().RunAsync(CrawlSources.Empty.WithSeeds([server.Url(FaultPages.Seed)]), TextWriter.Null);
        }
        indexed = CrawlIndexing.Index(crawl, Path.Combine(folder, "index"), ocr: false, new IndexingService());
        report = CrawlReport.From(crawl, indexed.StatuteIds, indexed.Failures);
        requests = server.Requests;
    }

    [Test]
    public void A_500_is_retried_and_the_document_indexed()
    {
        var flaky = Document(FaultPages.Flaky);

        Assert.That(flaky.Attempts, Is.EqualTo(2));
        Assert.That(flaky.Status, Is.EqualTo("new"));
        Assert.That(flaky.StatuteId, Is.EqualTo("co-ley-1273-2009"), "country from the page's heading, law number from the link text");
        Assert.That(Requested(FaultPages.Flaky), Is.EqualTo(2));
    }

    [Test]
    public void A_hang_times_out_after_every_attempt()
    {
        Assert.That(Reason(FaultPages.Hang), Does.StartWith("timed out").And.Contain("3 attempts"));
        Assert.That(Requested(FaultPages.Hang), Is.EqualTo(1 + Options.MaxRetries));
    }

    [Test]
    public void A_transfer_cut_short_is_truncated_and_a_cut_pdf_fails_extraction()
    {
        Assert.That(Reason(FaultPages.TruncatedTransfer), Does.StartWith("truncated"));
        var cut = report.Failures.Single(f => f.Url.EndsWith(FaultPages.TruncatedFile));
        Assert.That(cut.Stage, Is.EqualTo("index"));
        Assert.That(cut.Reason, Is.Not.Empty);
        Assert.That(Document(FaultPages.TruncatedFile).StatuteId, Is.Null);
    }

    [Test]
    public void A_wrong_content_type_a_redirect_loop_an_off_host_redirect_and_an_oversized_file_are_refused()
    {
        Assert.That(Reason(FaultPages.WrongType), Does.StartWith("unsupported content type 'image/png'"));
        Assert.That(Reason(FaultPages.Loop), Does.StartWith("redirect loop: ").And.Contain(FaultPages.LoopB).And.EndWith(FaultPages.Loop));
        Assert.That(Reason(FaultPages.RedirectAway), Does.Contain("refused: other host"));
        Assert.That(Reason(FaultPages.Large), Does.StartWith("too large"));
        Assert.That(Requested(FaultPages.Loop), Is.EqualTo(1), "a loop is noticed, not followed round");
        Assert.That(Requested(FaultPages.RedirectAway), Is.EqualTo(1));
        Assert.That(report.Documents.Select(d => d.Url), Has.None.Contains("example.invalid"));
    }

    [Test]
    public void A_404_is_not_retried_and_the_run_completes_with_the_good_documents()
    {
        Assert.That(Reason(FaultPages.Missing), Does.StartWith("HTTP 404"));
        Assert.That(Requested(FaultPages.Missing), Is.EqualTo(1));
        Assert.That(indexed.Run.Completed, Is.True);
        Assert.That(Document(FaultPages.Fine).StatuteId, Does.StartWith("cl-"), "country from the Chile heading");
        var failed = report.Failures.Select(f => new Uri(f.Url).AbsolutePath).ToList();
        Assert.That(failed, Is.EquivalentTo(new[]
        {
            FaultPages.Hang, FaultPages.TruncatedTransfer, FaultPages.TruncatedFile, FaultPages.WrongType,
            FaultPages.Loop, FaultPages.RedirectAway, FaultPages.Large, FaultPages.Missing,
        }));
    }

    private CrawlReport.Document Document(string path) => report.Documents.Single(d => new Uri(d.Url).AbsolutePath == path);

    private string Reason(string path) => report.Failures.Single(f => new Uri(f.Url).AbsolutePath == path).Reason;

    private int Requested(string path) => requests.Count(r => r.Path == path);
}

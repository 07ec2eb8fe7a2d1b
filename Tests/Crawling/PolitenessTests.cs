using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Indexer.Fetching;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>The typed client keeps to one request at a time per host, with the per-host delay between starts.</summary>
public sealed class PolitenessTests
{
    [Test]
    public async Task Concurrent_fetches_to_one_host_arrive_one_at_a_time_and_the_delay_apart()
    {
        var server = PortalCrawl.Server;
        var delay = TimeSpan.FromMilliseconds(300);
        using var services = CrawlerServices.Build(new FetchOptions { PerHostDelay = delay }, Path.Combine(TestPaths.NewTempFolder("polite"), "cache"));
        var fetcher = services.GetRequiredService<HttpFetcher>();
        server.ClearRequests();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            fetcher.GetAsync(server.Url($"{FaultPages.Fine}?n={i}"), new FetchRequest(FetchRequest.DocumentTypes), CancellationToken.None)));

        Assert.That(responses.Select(r => r.Outcome), Is.All.EqualTo(FetchOutcome.Fetched));
        var served = server.Requests.Where(r => r.Path.StartsWith(FaultPages.Fine)).ToList();
        Assert.That(served, Has.Count.EqualTo(4));
        Assert.That(served.Select(r => r.InFlight), Is.All.EqualTo(1), "never two requests at once");
        var gaps = served.Zip(served.Skip(1), (a, b) => b.ArrivedAt - a.ArrivedAt).ToList();
        Assert.That(gaps, Is.All.GreaterThan(delay / 2), "the starts are spaced by the delay (half of it allowed for scheduling on a busy machine)");
        Assert.That(served.Select(r => r.UserAgent), Is.All.StartsWith("LegalSearch-Crawler/"));
    }
}

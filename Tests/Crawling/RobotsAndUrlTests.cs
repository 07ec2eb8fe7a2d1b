using LegalSearch.Indexer.Fetching;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>robots.txt rules and URL normalisation, the two things that decide whether a URL is fetched.</summary>
public sealed class RobotsAndUrlTests
{
    [Test]
    public void The_shared_robots_txt_disallows_only_the_private_folder()
    {
        var robots = RobotsTxt.Parse(File.ReadAllText(Path.Combine(CrawlSiteServer.SharedRoot, "crawl-site", "robots.txt")), "LegalSearch");

        Assert.That(robots.IsAllowed(new Uri("http://h/crawl-site/private/draft.htm")), Is.False);
        Assert.That(robots.IsAllowed(new Uri("http://h/crawl-site/cyber_legis.htm")), Is.True);
        Assert.That(robots.IsAllowed(new Uri("http://h/corpus/docs/co/x.pdf")), Is.True);
        Assert.That(robots.CrawlDelay, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Our_own_group_wins_over_star_and_the_longest_rule_decides()
    {
        const string text = """
            User-agent: *
            Disallow: /

            User-agent: legalsearch
            User-agent: otherbot
            Disallow: /docs/
            Allow: /docs/public/
            Disallow: /*.zip$
            Crawl-delay: 2.5
            """;
        var robots = RobotsTxt.Parse(text, "LegalSearch");

        Assert.That(robots.IsAllowed(new Uri("http://h/index.htm")), Is.True);
        Assert.That(robots.IsAllowed(new Uri("http://h/docs/secret.pdf")), Is.False);
        Assert.That(robots.IsAllowed(new Uri("http://h/docs/public/law.pdf")), Is.True);
        Assert.That(robots.IsAllowed(new Uri("http://h/files/all.zip")), Is.False);
        Assert.That(robots.IsAllowed(new Uri("http://h/files/all.zip.html")), Is.True);
        Assert.That(robots.IsAllowed(new Uri("http://h/a.zip/b.zip")), Is.False);
        Assert.That(robots.CrawlDelay, Is.EqualTo(TimeSpan.FromSeconds(2.5)));
        Assert.That(RobotsTxt.Parse(text, "SomeoneElse").IsAllowed(new Uri("http://h/index.htm")), Is.False);
    }

    [Test]
    public void Urls_that_name_one_resource_normalise_to_one()
    {
        var page = new Uri("http://Example.ORG:80/crawl-site/paises/index_es.htm");

        var a = UrlNormalizer.Resolve(page, "../../corpus/docs/co/ley.pdf#page=1");
        var b = UrlNormalizer.Resolve(page, "/corpus/./docs/co/ley.pdf");

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a!.AbsoluteUri, Is.EqualTo("http://example.org/corpus/docs/co/ley.pdf"));
        Assert.That(UrlNormalizer.Resolve(page, "mailto:x@example.org"), Is.Null);
        Assert.That(UrlNormalizer.Resolve(page, "javascript:void(0)"), Is.Null);
        Assert.That(UrlNormalizer.Resolve(page, "view.asp?id=7#top")!.AbsoluteUri, Is.EqualTo("http://example.org/crawl-site/paises/view.asp?id=7"));
    }

    [Test]
    public void Crawl_with_a_bad_seed_is_bad_usage()
    {
        var run = IndexerCli.Run("crawl", "--seed", "ftp://example.org/x", "--index", Path.Combine(TestPaths.NewTempFolder("crawl-usage"), "index"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--seed needs an absolute http(s) URL"));
    }

    [Test]
    public void Crawl_with_an_unreadable_sources_file_is_bad_usage()
    {
        var folder = TestPaths.NewTempFolder("crawl-usage");
        var sources = Path.Combine(folder, "sources.json");
        File.WriteAllText(sources, "{ \"seeds\": [ { \"url\": ");

        var run = IndexerCli.Run("crawl", "--sources", sources, "--index", Path.Combine(folder, "index"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("cannot read the sources file"));
    }
}

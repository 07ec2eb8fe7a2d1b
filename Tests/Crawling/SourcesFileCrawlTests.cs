using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Indexer.Fetching;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// A sources file with a seed that states its own prefixes and depth, metadata for a document found on the page,
/// and a direct document URL: the scope and the metadata come out as the file says.
/// </summary>
public sealed class SourcesFileCrawlTests
{
    private const string DataProtection = "/corpus/docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf";
    private const string Cybersecurity = "/corpus/docs/cl/ley-21663-marco-ciberseguridad-bcn.pdf";
    private const string ComputerCrimes = "/corpus/docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml";

    [Test]
    public async Task Seed_prefixes_and_sources_metadata_decide_scope_and_metadata()
    {
        var server = PortalCrawl.Server;
        var folder = TestPaths.NewTempFolder("crawl-sources");
        var sourcesFile = Path.Combine(folder, "sources.json");
        File.WriteAllText(sourcesFile, $$"""
            {
              "seeds": [ { "url": "{{server.Url(CrawlSite.SpanishPage)}}", "link_prefixes": ["/crawl-site/paises/"],
                           "document_prefixes": ["/corpus/docs/co/", "/corpus/docs/cl/"], "max_depth": 0 } ],
              "sources": [
                { "url": "{{server.Url(DataProtection)}}#page=2", "id": "co-ley-1581-2012", "country": "CO", "language": "es",
                  "title": "Ley Estatutaria 1581 de 2012 (test title)", "law_number": "Ley 1581 de 2012", "year": 2012 },
                { "url": "{{server.Url(ComputerCrimes)}}", "country": "CL", "language": "es", "title": "Ley 21.459", "law_number": "Ley 21.459", "year": 2022 }
              ]
            }
            """);

        CrawlResult crawl;
        using (var services = CrawlerServices.Build(new FetchOptions { PerHostDelay = TimeSpan.Zero }, Path.Combine(folder, "cache")))
        {
            crawl = await services.GetRequiredService<Crawler>().RunAsync(CrawlSources.Load(sourcesFile), TextWriter.Null);
        }

        Assert.That(crawl.LinkPages, Is.EqualTo(new[] { server.Url(CrawlSite.SpanishPage).AbsoluteUri }));
        Assert.That(crawl.Documents.Select(d => d.Url.AbsolutePath), Is.EqualTo(new[] { DataProtection, Cybersecurity, ComputerCrimes }));
        Assert.That(crawl.Skipped.Where(s => s.Reason == "out of scope").Select(s => new Uri(s.Url).AbsolutePath), Is.EqualTo(new[]
        {
            CrawlSite.EnglishPage, // not under the seed's link prefix, and not under a document prefix
            "/corpus/docs/mx/codigo-nacional-procedimientos-penales-dof-2024-12-16.pdf",
            "/corpus/docs/ar/decreto-999-1992-frontpage-msnavigation-latin1.htm",
            "/corpus/docs/int/coe-ets185-convenio-ciberdelincuencia-es-oas-garbled-text.pdf",
        }));
        var fromEntry = crawl.Documents[0];
        Assert.That(fromEntry.StatuteIdHint, Is.EqualTo("co-ley-1581-2012"));
        Assert.That(fromEntry.Document.Metadata.Title, Is.EqualTo("Ley Estatutaria 1581 de 2012 (test title)"));
        Assert.That(fromEntry.Document.Metadata.Language, Is.EqualTo("es"));
        var fromLink = crawl.Documents[1].Document.Metadata;
        Assert.That((fromLink.Country, fromLink.Title, fromLink.Language), Is.EqualTo(("CL", "Ley 21.663, marco de ciberseguridad", (string?)null)),
            "country from the list item, title from the link text, language left to detection");
        Assert.That(crawl.Documents[2].Document.Source, Is.EqualTo(server.Url(ComputerCrimes).AbsoluteUri));
        Assert.That(crawl.Documents.Select(d => d.Document.LocalPath), Is.All.StartsWith(Path.Combine(folder, "cache", "content")));
    }

    [Test]
    public void The_repository_sources_file_loads_with_its_seed_and_official_urls()
    {
        var sources = CrawlSources.Load(Path.Combine(TestPaths.RepositoryRoot, "corpus", "sources.json"));

        Assert.That(sources.Seeds.Select(s => s.Url.Host), Is.EqualTo(new[] { "www.oas.org" }));
        Assert.That(sources.Seeds[0].LinkPrefixes, Has.All.StartWith("/juridico/"));
        Assert.That(sources.Documents, Has.Count.GreaterThan(20));
        Assert.That(sources.Documents.Select(d => Uri.TryCreate(d.Url, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http")), Is.All.True);
        Assert.That(sources.Documents.Select(d => d.Country), Has.None.Null);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>The app on a fresh machine: builds its index from the embedded corpus/ on start; statute text never becomes markup.</summary>
public sealed class SampleCorpusWebTests
{
    [Test]
    public async Task Missing_index_is_built_from_the_embedded_corpus_on_start()
    {
        var index = Path.Combine(TestPaths.NewTempFolder("bootstrap"), "index");
        using var factory = new WebAppFactory(index, Path.Combine(TestPaths.RepositoryRoot, "corpus"));
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=invas%C3%A3o%20de%20dispositivo&lang=pt");

        var samples = Directory.EnumerateFiles(TestPaths.Samples, "*", SearchOption.AllDirectories).Count();
        Assert.That(health.GetProperty("statutes").GetInt32(), Is.EqualTo(samples));
        var top = search.GetProperty("hits")[0];
        Assert.That(top.GetProperty("source").GetString(), Is.EqualTo("samples/pt/lei-exemplo-2025-crimes-informaticos.pdf"));
        Assert.That(top.GetProperty("article").GetString(), Is.EqualTo("2-A"));
    }

    [Test]
    public async Task Markup_in_statute_text_is_encoded_in_snippets_and_pages()
    {
        var folder = TestPaths.NewTempFolder("xss");
        var file = Path.Combine(folder, "hostile.html");
        await File.WriteAllTextAsync(file,
            "<html><body><p>Article 1 – Illegal access &lt;script&gt;alert('x')&lt;/script&gt;</p>" +
            "<p>Whoever gains illegal access &lt;img src=x onerror=alert(1)&gt; to a system &amp; \"escapes\" commits an offence.</p></body></html>");
        await File.WriteAllTextAsync(file + ".meta.json", """{ "country": "XX", "language": "en", "title": "Hostile <b>Act</b>", "year": 2025 }""");
        var index = Path.Combine(folder, "index");
        new IndexingService().Run(new IndexRunRequest(index, LocalSourceScanner.Scan([file])) { Ocr = false });
        using var factory = new WebAppFactory(index);
        using var client = factory.CreateClient();

        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=onerror%20escapes");
        var snippet = search.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        var page = await client.GetStringAsync("/search?q=%3Cscript%3Eillegal");
        var statutePage = await client.GetStringAsync($"/statutes/{search.GetProperty("hits")[0].GetProperty("statuteId").GetString()}");

        Assert.That(snippet, Does.Contain("<mark>"));
        Assert.That(snippet.Replace("<mark>", "").Replace("</mark>", ""), Does.Not.Contain("<").And.Not.Contain(">"));
        Assert.That(snippet, Does.Contain("&lt;img src=x <mark>onerror</mark>=alert(1)&gt;").And.Contain("&amp;").And.Contain("&quot;<mark>escapes</mark>&quot;"));
        foreach (var html in new[] { page, statutePage })
        {
            Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("<img src=x").And.Not.Contain("<b>Act</b>"));
        }
        Assert.That(page, Does.Contain("&lt;script&gt;illegal"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>Statute structure as the API and pages give it, over the index of the whole shared corpus, through the real app.</summary>
public sealed class StructureApiTests : CorpusWebTest
{
    [Test]
    public async Task Default_search_returns_no_contents_or_signature_and_kind_brings_them_back()
    {
        var kinds = new HashSet<string>();
        var total = int.MaxValue;
        for (var page = 1; (page - 1) * 100 < total; page++)
        {
            var response = await Get($"/api/search?q=acceso&size=100&page={page}");
            total = response.GetProperty("total").GetInt32();
            foreach (var hit in response.GetProperty("hits").EnumerateArray()) kinds.Add(hit.GetProperty("kind").GetString()!);
        }
        Assert.That(total, Is.GreaterThan(100));
        Assert.That(kinds, Does.Contain("article").And.Not.Contain("contents").And.Not.Contain("signature"));

        var signatures = await Get("/api/search?q=acceso&kind=signature&size=100");
        Assert.That(signatures.GetProperty("total").GetInt32(), Is.GreaterThan(0), "the 1712 signatures name the Ley de Transparencia y del Derecho de Acceso");
        Assert.That(signatures.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("kind").GetString()), Has.All.EqualTo("signature"));
    }

    [Test]
    public async Task Unknown_kind_is_a_bad_request()
    {
        var response = await Client.GetAsync("/api/search?q=acceso&kind=chapter");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_us_code_section_gives_operative_text_and_notes_apart_with_the_title_in_its_path()
    {
        var section = await Get("/api/provisions/us-18-usc-part-i/2701");
        Assert.That(section.GetProperty("text").GetString(), Does.Not.Contain("Pub. L."));
        Assert.That(section.GetProperty("notes").GetString(), Does.StartWith("(Added Pub. L. 99–508"));
        Assert.That(section.GetProperty("path").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "Title 18", "Part I", "Chapter 121" }));
        Assert.That(section.GetProperty("countryName").GetString(), Is.EqualTo("United States"));
        Assert.That(section.GetProperty("asOf").GetString(), Is.EqualTo("2023"));
    }

    [Test]
    public async Task The_as_published_edition_has_its_own_permalinks()
    {
        var current = await Get("/api/provisions/co-ley-1712-2014/18");
        var published = await Get("/api/provisions/co-ley-1712-2014/18@published");
        Assert.That(current.GetProperty("edition").GetString(), Is.EqualTo("current"));
        Assert.That(published.GetProperty("edition").GetString(), Is.EqualTo("published"));
        Assert.That(published.GetProperty("id").GetString(), Is.EqualTo("co-ley-1712-2014/art-18@published"));
        Assert.That(published.GetProperty("text").GetString(), Is.Not.EqualTo(current.GetProperty("text").GetString()));
    }

    [Test]
    public async Task Titles_lose_their_production_remarks_to_the_edition_description()
    {
        var lgpd = await Get("/api/provisions/br-lei-13709-2018/1");
        Assert.That(lgpd.GetProperty("title").GetString(), Is.EqualTo("Lei nº 13.709/2018 — Lei Geral de Proteção de Dados Pessoais (LGPD)"));
        Assert.That(lgpd.GetProperty("editionDescription").GetString(), Is.EqualTo("Planalto page printed to PDF"));
        var cpf = await Get("/api/provisions/mx-codigo-penal-federal/211-bis-1");
        Assert.That(cpf.GetProperty("enacted").GetString(), Is.EqualTo("1931"));
        Assert.That(cpf.GetProperty("asOf").GetString(), Is.EqualTo("2024-06-07"));
        Assert.That(cpf.GetProperty("title").GetString(), Is.EqualTo("Código Penal Federal"));
    }

    [Test]
    public async Task The_statute_page_folds_notes_under_the_article()
    {
        var html = await Client.GetStringAsync("/statutes/mx-codigo-penal-federal");
        var article = html[html.IndexOf("id=\"art-211-bis-1\"", StringComparison.Ordinal)..];
        article = article[..article.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.That(article, Does.Contain("<details class=\"notes\"><summary>Notes</summary>").And.Contain("Artículo adicionado DOF 17-05-1999"));
        Assert.That(article, Does.Contain("<div class=\"division\">Acceso ilícito a sistemas y equipos de informática</div>"));
    }

    [Test]
    public void Stats_for_one_statute_prints_its_segmentation_report()
    {
        var run = IndexerCli.Run("stats", "--index", CorpusIndex.Path, "--statute", "co-ley-1712-2014");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Provisions in the index: annex 1, article 66, preamble 1, signature 1"));
        Assert.That(run.Output, Does.Contain("Editions in the index: current 36, published 33"));
        Assert.That(run.Output, Does.Contain("18: earlier wording, in the notes and the as-published edition"));
        Assert.That(run.Output, Does.Match(@"word coverage \(text \+ notes \+ division headings\): \d+/\d+ \(100\.00 %\)"));
        Assert.That(run.Output, Does.Match(@"notes recognised: \d+ lines in \d+ provisions"));
        Assert.That(IndexerCli.Run("stats", "--index", CorpusIndex.Path, "--statute", "xx-none").ExitCode, Is.EqualTo(1));
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

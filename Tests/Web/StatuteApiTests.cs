using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>Statute pages and JSON over the shared-corpus index: anchors, citations, accents intact.</summary>
public sealed class StatuteApiTests : CorpusWebTest
{
    [Test]
    public async Task Statute_page_anchors_every_provision_and_cites_it()
    {
        var html = await Client.GetStringAsync("/statutes/co-ley-1273-2009");

        Assert.That(html, Does.Contain("id=\"art-269a\"").And.Contain("href=\"#art-269a\""));
        Assert.That(html, Does.Contain("Ley 1273 de 2009 (CO), art. 269A"));
        Assert.That(html, Does.Contain("sistema informático"));
    }

    [Test]
    public async Task Statute_json_lists_provisions_in_order_and_provision_json_has_full_text()
    {
        var statute = await Client.GetFromJsonAsync<JsonElement>("/api/statutes/co-ley-1273-2009");
        var provisions = statute.GetProperty("provisions").EnumerateArray().ToList();
        var provision = await Client.GetFromJsonAsync<JsonElement>("/api/provisions/co-ley-1273-2009/269a");

        Assert.That(provisions.Select(p => p.GetProperty("ordinal").GetInt32()), Is.Ordered.And.Unique);
        Assert.That(provisions.Select(p => p.GetProperty("article").GetString()), Does.Contain("269A").And.Contain("269J"));
        Assert.That(provision.GetProperty("text").GetString(), Does.Contain("sin autorización"));
        Assert.That(provision.GetProperty("citation").GetString(), Is.EqualTo("Ley 1273 de 2009 (CO), art. 269A"));
    }

    [Test]
    public async Task A_provision_is_found_by_its_slug_and_by_the_last_part_of_its_hit_id()
    {
        var search = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("art:269A country:CO"));
        var id = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).First(i => i.StartsWith("co-ley-1273-2009/", StringComparison.Ordinal));

        var byId = await Client.GetFromJsonAsync<JsonElement>("/api/provisions/" + id);
        var bySlug = await Client.GetFromJsonAsync<JsonElement>("/api/provisions/co-ley-1273-2009/269a");

        Assert.That(id, Is.EqualTo("co-ley-1273-2009/art-269a"));
        Assert.That(byId.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(byId.GetProperty("text").GetString(), Is.EqualTo(bySlug.GetProperty("text").GetString()));
        Assert.That((await Client.GetAsync("/api/provisions/co-ley-1273-2009/art-")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Client.GetAsync("/api/provisions/co-ley-1273-2009/art-999z")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Unknown_statute_and_provision_are_404()
    {
        Assert.That((await Client.GetAsync("/api/statutes/xx-nothing")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Client.GetAsync("/api/provisions/co-ley-1273-2009/999z")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Client.GetAsync("/statutes/xx-nothing")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("docs/ar/ley-25688-gestion-ambiental-aguas-ecofield-latin1.htm", "AR", "Gestión")]
    [TestCase("docs/ar/decreto-999-1992-frontpage-msnavigation-latin1.htm", "AR", "Apruébase")]
    [TestCase("docs/br/lei-14133-2021-licitacoes-planalto-cp1252.html", "BR", "licitação")]
    public async Task Latin1_and_cp1252_pages_keep_their_accents_in_text_and_snippets(string source, string country, string word)
    {
        var statute = await StatuteFrom(source);
        var text = string.Join("\n", statute.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        var search = await Client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(word)}&country={country}&size=20");
        var snippets = search.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("source").GetString() == source)
            .Select(h => h.GetProperty("snippet").GetString()!)
            .ToList();

        Assert.That(text, Does.Contain(word).IgnoreCase);
        Assert.That(Mojibake.Find(text), Is.Empty, "mojibake in stored text");
        Assert.That(snippets, Is.Not.Empty, $"a hit from {source} for '{word}'");
        Assert.That(snippets.Any(s => s.Contains(word, StringComparison.OrdinalIgnoreCase)), $"accents intact in snippets: {snippets[0]}");
        Assert.That(snippets.SelectMany(Mojibake.Find), Is.Empty);
    }

    private async Task<JsonElement> StatuteFrom(string source)
    {
        var statutes = await Client.GetFromJsonAsync<JsonElement>("/api/statutes");
        var id = statutes.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        foreach (var candidate in id)
        {
            var statute = await Client.GetFromJsonAsync<JsonElement>($"/api/statutes/{candidate}");
            if (statute.GetProperty("source").GetString() == source) return statute;
        }
        Assert.Fail($"no statute from {source}");
        return default;
    }
}

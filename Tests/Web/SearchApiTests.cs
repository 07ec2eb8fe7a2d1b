using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>GET /api/search over the index of the whole shared corpus, through the real app.</summary>
public sealed class SearchApiTests : CorpusWebTest
{
    [Test]
    public async Task Acceso_abusivo_finds_Colombia_Ley_1273_with_marked_snippet()
    {
        var hits = await Hits("acceso abusivo");

        var hit = hits.FirstOrDefault(h => h.GetProperty("statuteId").GetString() == "co-ley-1273-2009");
        Assert.That(hit.ValueKind, Is.EqualTo(JsonValueKind.Object), "Ley 1273 in the first page");
        Assert.That(hit.GetProperty("article").GetString(), Is.EqualTo("269A"));
        Assert.That(hit.GetProperty("country").GetString(), Is.EqualTo("CO"));
        Assert.That(hit.GetProperty("snippet").GetString(), Does.Contain("<mark>").IgnoreCase.And.Contain("abusivo").IgnoreCase);
        Assert.That(hit.GetProperty("url").GetString(), Is.EqualTo("/statutes/co-ley-1273-2009#art-269a"));
    }

    [Test]
    public async Task Invasao_de_dispositivo_informatico_finds_Brazil_154_A()
    {
        var hits = await Hits("invasão de dispositivo informático");

        Assert.That(hits.Any(h => h.GetProperty("country").GetString() == "BR" && h.GetProperty("article").GetString() == "154-A"),
            string.Join(", ", hits.Select(h => h.GetProperty("id").GetString())));
    }

    [Test]
    public async Task Quoted_illegal_access_finds_article_2_of_the_Budapest_Convention_PDF()
    {
        var hits = await Hits("\"illegal access\"");

        var article2 = hits.Where(h => h.GetProperty("country").GetString() == "INT" && h.GetProperty("article").GetString() == "2").ToList();
        Assert.That(article2, Has.Count.EqualTo(1), "the Convention's editions of article 2 fold into one hit");
        var sources = article2.SelectMany(h => h.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("source").GetString()))
            .Append(article2[0].GetProperty("source").GetString());
        Assert.That(sources, Does.Contain("docs/int/coe-ets185-convention-on-cybercrime-en.pdf"));
        Assert.That(article2[0].GetProperty("snippet").GetString(), Does.Contain("<mark>Illegal</mark> <mark>access</mark>").IgnoreCase);
    }

    [Test]
    public async Task A_concept_query_opens_with_one_provision_per_country_and_says_why_it_matched()
    {
        var hits = await Hits("illegal access to a computer system");

        var countries = hits.Take(6).Select(h => h.GetProperty("country").GetString()).ToList();
        Assert.That(countries, Is.Unique, string.Join(", ", hits.Select(h => h.GetProperty("id").GetString())));
        Assert.That(countries, Does.Contain("CO").And.Contain("INT"));
        var colombia = hits.First(h => h.GetProperty("country").GetString() == "CO");
        Assert.That(colombia.GetProperty("matchedVia").EnumerateArray().Select(v => v.GetString()), Does.Contain("Illegal access"));
    }

    [Test]
    public async Task Filters_and_facets_agree()
    {
        var all = await Search("q=datos personales&size=5");
        var colombia = await Search("q=datos personales&country=CO&size=100");

        var countryFacet = all.GetProperty("facets").GetProperty("country");
        Assert.That(colombia.GetProperty("total").GetInt32(), Is.EqualTo(countryFacet.GetProperty("CO").GetInt32()));
        Assert.That(colombia.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("country").GetString()), Is.All.EqualTo("CO"));
        Assert.That(all.GetProperty("total").GetInt32(), Is.EqualTo(countryFacet.EnumerateObject().Sum(p => p.Value.GetInt32())));
    }

    [Test]
    public async Task Pages_do_not_overlap()
    {
        var first = await Search("q=sistema informático&size=5&page=1");
        var second = await Search("q=sistema informático&size=5&page=2");

        var ids = first.GetProperty("hits").EnumerateArray().Concat(second.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Has.Count.EqualTo(10).And.Unique);
    }

    [TestCase("q=")]
    [TestCase("q=%22unbalanced")]
    [TestCase("q=acceso&page=0")]
    [TestCase("q=acceso&size=101")]
    [TestCase("q=acceso&lang=xx")]
    [TestCase("q=acceso&offence=made-up")]
    [TestCase("q=acceso&year=19x")]
    [TestCase("q=acceso&colour=red")]
    [TestCase("q=AND OR (")]
    public async Task Bad_input_is_a_400_problem_not_a_500(string query)
    {
        var response = await Client.GetAsync($"/api/search?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Health_reports_the_index_counts()
    {
        var health = await Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(health.GetProperty("statutes").GetInt32(), Is.GreaterThan(40));
        Assert.That(health.GetProperty("provisions").GetInt32(), Is.GreaterThan(health.GetProperty("statutes").GetInt32()));
        Assert.That(health.GetProperty("lastIndexed").GetString(), Is.Not.Null);
    }

    private async Task<List<JsonElement>> Hits(string q) =>
        (await Search($"q={Uri.EscapeDataString(q)}&size=10")).GetProperty("hits").EnumerateArray().ToList();

    private async Task<JsonElement> Search(string query)
    {
        var response = await Client.GetAsync($"/api/search?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

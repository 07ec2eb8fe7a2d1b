using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalSearch.Tests.Web;

/// <summary>The documented API (OpenAPI), exports, filter values outside the index, security headers and the UI languages.</summary>
public sealed class SiteApiTests : CorpusWebTest
{
    [Test]
    public async Task OpenApi_document_lists_every_api_endpoint()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var mapped = Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || p == "/health")
            .ToHashSet();

        Assert.That(mapped, Does.Contain("/api/search").And.Contain("/api/compare").And.Contain("/api/offences/matrix"));
        Assert.That(documented, Is.SupersetOf(mapped));
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.That(search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Does.Contain("q").And.Contain("country").And.Contain("format"));
        Assert.That((await Client.GetAsync("/scalar/v1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Search_exports_csv_with_citations_and_permalinks()
    {
        var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("acceso abusivo") + "&country=CO&format=csv&size=5");
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("acceso abusivo") + "&country=CO&size=5");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv, Does.StartWith("rank,country,citation,"));
        Assert.That(csv, Does.Contain("Ley 1273 de 2009 (CO), art. 269A").And.Contain("/statutes/co-ley-1273-2009#art-269a"));
        Assert.That(csv, Does.Not.Contain("<mark>"));
        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1, Is.EqualTo(json.GetProperty("hits").GetArrayLength()));
    }

    [TestCase("/api/search?q=acceso&country=ZZ")]
    [TestCase("/api/search?q=acceso&lang=it")]
    [TestCase("/api/search?q=acceso&sort=random")]
    [TestCase("/api/search?q=acceso&format=pdf")]
    [TestCase("/api/offences/matrix?lang=xx")]
    public async Task Values_outside_the_index_are_400(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase("/")]
    [TestCase("/search?q=acceso")]
    [TestCase("/api/search?q=acceso")]
    [TestCase("/site.css")]
    [TestCase("/statutes/no-such-statute")]
    [TestCase("/api/compare?offence=nope")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await Client.GetAsync(url);
        var headers = response.Headers;

        var policy = string.Join(";", headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "same-origin" }));
    }

    [Test]
    public async Task Pages_have_no_inline_script_or_handler()
    {
        foreach (var url in new[] { "/", "/search?q=acceso", "/statutes/co-ley-1273-2009", "/compare?offence=illegal-access", "/offences", "/help" })
        {
            var html = await Client.GetStringAsync(url);
            Assert.That(html, Does.Not.Match("<script(?![^>]*\\ssrc=)").And.Not.Match("\\son[a-z]+=\"").And.Not.Contain("style=\""), url);
        }
    }

    [TestCase("es", "Comparar", "Colombia", "Acceso ilícito")]
    [TestCase("pt", "Comparar", "Colômbia", "Acesso ilegal")]
    [TestCase("fr", "Comparer", "Colombie", "Accès illégal")]
    public async Task The_ui_parameter_sets_labels_country_names_and_offence_labels_and_is_kept_in_a_cookie(string ui, string compare, string colombia, string offence)
    {
        var response = await Client.GetAsync($"/compare?offence=illegal-access&country=CO&ui={ui}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain($"<html lang=\"{ui}\"").And.Contain($">{compare}<").And.Contain(colombia));
        Assert.That(html, Does.Contain(offence), "offence label in the UI language");
        Assert.That(html, Does.Contain("lang=\"es\""), "the Colombian text keeps its own language");
        Assert.That(response.Headers.GetValues("Set-Cookie").Single(), Does.Contain($"c%3D{ui}%7Cuic%3D{ui}"));
    }

    [Test]
    public async Task Home_lists_statutes_by_country_name_with_numbers_in_numeric_order()
    {
        var html = await Client.GetStringAsync("/");
        var colombia = html[html.IndexOf("data-country=\"CO\"", StringComparison.Ordinal)..];
        colombia = colombia[..colombia.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.That(colombia, Does.Contain("<h2>Colombia</h2>"));
        Assert.That(colombia.IndexOf("Ley 1273", StringComparison.Ordinal), Is.LessThan(colombia.IndexOf("Ley 2125", StringComparison.Ordinal)));
    }

    [Test]
    public void Statute_titles_order_their_numbers_as_numbers()
    {
        string[] titles = ["Ley 2125 de 2021", "Ley 527 de 1999", "Ley 1273 de 2009", "Ley 1273 de 2008"];

        Assert.That(titles.Order(LegalSearch.Web.Search.NaturalOrder.Instance), Is.EqualTo(new[] { "Ley 527 de 1999", "Ley 1273 de 2008", "Ley 1273 de 2009", "Ley 2125 de 2021" }));
    }

    [Test]
    public async Task A_long_statute_is_served_by_part_and_an_article_finds_its_part()
    {
        var first = await Client.GetStringAsync("/statutes/us-18-usc-part-i");
        var part = await Client.GetStringAsync("/statutes/us-18-usc-part-i?provision=1030");
        var whole = await Client.GetFromJsonAsync<JsonElement>("/api/statutes/us-18-usc-part-i");

        Assert.That(whole.GetProperty("provisions").GetArrayLength(), Is.GreaterThan(500));
        Assert.That(first.Length, Is.LessThan(2_000_000), "no 5 MB page");
        Assert.That(part, Does.Contain("id=\"art-1030\""));
        Assert.That(first, Does.Not.Contain("id=\"art-1030\"").And.Contain("data-anchor=\"art-1030\""));
    }
}

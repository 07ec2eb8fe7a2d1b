using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>GET /api/compare and /compare: one provision per country wording the same Budapest offence.</summary>
public sealed class CompareApiTests : CorpusWebTest
{
    [Test]
    public async Task Illegal_access_compares_Colombia_269A_Chile_art_2_and_the_Convention_art_2()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/compare?offence=illegal-access");
        var rows = comparison.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("country").GetString()!, r => r);

        Assert.That(comparison.GetProperty("offence").GetString(), Is.EqualTo("illegal-access"));
        Assert.That(rows["CO"].GetProperty("article").GetString(), Is.EqualTo("269A"));
        Assert.That(rows["CL"].GetProperty("article").GetString(), Is.EqualTo("2"));
        Assert.That(rows["INT"].GetProperty("article").GetString(), Is.EqualTo("2"));
        foreach (var row in rows.Values)
        {
            var url = row.GetProperty("url").GetString()!;
            var statuteId = url.Split('/', '#')[2];
            var provision = await Client.GetFromJsonAsync<JsonElement>($"/api/provisions/{statuteId}/{url.Split("#art-")[1]}");
            Assert.That(provision.GetProperty("offences").EnumerateArray().Select(o => o.GetString()), Does.Contain("illegal-access"), url);
        }
    }

    [Test]
    public async Task Country_filter_restricts_the_rows()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/compare?offence=illegal-access&country=CO&country=int");

        Assert.That(comparison.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("country").GetString()), Is.EquivalentTo(new[] { "CO", "INT" }));
    }

    [Test]
    public async Task Compare_page_shows_each_country_column_and_bad_offence_is_400()
    {
        var html = await Client.GetStringAsync("/compare?offence=illegal-access");
        var bad = await Client.GetAsync("/api/compare?offence=jaywalking");
        var missing = await Client.GetAsync("/compare");

        Assert.That(html, Does.Contain("data-country=\"CO\"").And.Contain("Ley 1273 de 2009 (CO), art. 269A"));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

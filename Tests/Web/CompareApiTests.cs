using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>GET /api/compare and /compare: per country the provision that words a Budapest offence most as the Convention does.</summary>
public sealed class CompareApiTests : CorpusWebTest
{
    [Test]
    public async Task Illegal_access_picks_the_offence_provision_of_each_country_and_the_Convention_article_2_as_reference()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/compare?offence=illegal-access");
        var rows = comparison.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("country").GetString()!, r => r.GetProperty("provision"));

        Assert.That(comparison.GetProperty("offence").GetString(), Is.EqualTo("illegal-access"));
        Assert.That(comparison.GetProperty("reference").GetProperty("country").GetString(), Is.EqualTo("INT"));
        Assert.That(comparison.GetProperty("reference").GetProperty("article").GetString(), Is.EqualTo("2"));
        Assert.That(rows.Keys, Does.Not.Contain("INT"));
        Assert.That(rows["CO"].GetProperty("article").GetString(), Is.EqualTo("269A"));
        Assert.That(rows["CL"].GetProperty("article").GetString(), Is.EqualTo("2"));
        Assert.That(rows["US"].GetProperty("article").GetString(), Is.EqualTo("1030"), "not § 2701 (stored communications)");
        Assert.That(rows["CA"].GetProperty("article").GetString(), Is.EqualTo("342.1"), "not s. 7 (an amendment of the interception list)");
        Assert.That(rows["BR"].GetProperty("article").GetString(), Is.EqualTo("154-A"));
        foreach (var row in rows.Values.Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var url = row.GetProperty("url").GetString()!;
            var provision = await Client.GetFromJsonAsync<JsonElement>($"/api/provisions/{row.GetProperty("statuteId").GetString()}/{url.Split("#art-")[1]}");
            Assert.That(provision.GetProperty("offences").EnumerateArray().Select(o => o.GetString()), Does.Contain("illegal-access"), url);
            Assert.That(row.GetProperty("text").GetString(), Is.EqualTo(provision.GetProperty("text").GetString()), "the provision in full");
        }
    }

    [Test]
    public async Task Countries_come_in_the_order_asked_with_the_other_candidates_listed_and_a_gap_as_null()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/compare?offence=illegal-access&country=US&country=co,BR&country=HT");
        var rows = comparison.GetProperty("rows").EnumerateArray().ToList();

        Assert.That(rows.Select(r => r.GetProperty("country").GetString()), Is.EqualTo(new[] { "US", "CO", "BR", "HT" }));
        var others = rows[0].GetProperty("others").EnumerateArray().Select(o => o.GetProperty("article").GetString()).ToList();
        Assert.That(others, Does.Contain("2701"), "§ 2701 is one click away");
        Assert.That(rows[3].GetProperty("provision").ValueKind, Is.EqualTo(JsonValueKind.Null), "Haiti: nothing classified (scans not OCR'd in tests)");
    }

    [Test]
    public async Task Csv_export_has_the_reference_then_one_line_per_country()
    {
        var response = await Client.GetAsync("/api/compare?offence=illegal-access&country=US&country=CA&format=csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(lines[0], Does.StartWith("country,role,citation"));
        Assert.That(csv, Does.Contain("INT,reference,").And.Contain("US,best,").And.Contain("§ 1030").And.Contain("s. 342.1"));
        Assert.That(csv.IndexOf("US,best,", StringComparison.Ordinal), Is.LessThan(csv.IndexOf("CA,best,", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Words_instead_of_an_offence_compare_each_country_s_best_hit()
    {
        var comparison = await Client.GetFromJsonAsync<JsonElement>("/api/compare?q=" + Uri.EscapeDataString("acceso abusivo sistema informático") + "&country=CO&country=BR");
        var rows = comparison.GetProperty("rows").EnumerateArray().ToList();

        Assert.That(comparison.GetProperty("offence").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(rows.Select(r => r.GetProperty("country").GetString()), Is.EqualTo(new[] { "CO", "BR" }));
        Assert.That(rows[0].GetProperty("provision").GetProperty("article").GetString(), Is.EqualTo("269A"));
        Assert.That(rows[1].GetProperty("provision").GetProperty("article").GetString(), Is.EqualTo("154-A"));
    }

    [TestCase("/api/compare?offence=jaywalking")]
    [TestCase("/api/compare")]
    [TestCase("/api/compare?offence=illegal-access&country=ZZ")]
    [TestCase("/api/compare?offence=illegal-access&format=xml")]
    public async Task Bad_input_is_a_problem_document(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Compare_page_shows_the_Convention_column_first_then_the_countries_asked()
    {
        var html = await Client.GetStringAsync("/compare?offence=illegal-access&country=US&country=CO");

        var reference = html.IndexOf("data-country=\"INT\"", StringComparison.Ordinal);
        var us = html.IndexOf("data-country=\"US\"", StringComparison.Ordinal);
        var co = html.IndexOf("data-country=\"CO\"", StringComparison.Ordinal);
        Assert.That(reference, Is.GreaterThan(0));
        Assert.That(reference, Is.LessThan(us));
        Assert.That(us, Is.LessThan(co));
        Assert.That(html, Does.Contain("Ley 1273 de 2009 (CO), art. 269A").And.Contain("§ 1030"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>Query translation and edition folding as the API and the page show them, over the shared-corpus index.</summary>
public sealed class TranslationApiTests : CorpusWebTest
{
    [Test]
    public async Task Health_says_translation_is_on()
    {
        var health = await Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.That(health.GetProperty("translation").GetString(), Is.EqualTo("on"));
    }

    [Test]
    public async Task A_translated_query_says_what_was_also_searched_and_how_each_hit_matched()
    {
        var response = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=deceit&size=20");

        var expansions = response.GetProperty("expansions").EnumerateArray().ToList();
        Assert.That(expansions.Select(e => e.GetProperty("language").GetString()), Does.Contain("es"));
        Assert.That(expansions.Select(e => e.GetProperty("via").GetString()), Has.Some.EqualTo("translation from en"));
        Assert.That(expansions.Select(e => e.GetProperty("via").GetString()), Has.All.Matches<string>(v => v == "translation from en" || v == "legal glossary: “deceit”" || v!.StartsWith("classification of the first hits: ", StringComparison.Ordinal)
            || v.StartsWith("legal glossary, as the first hit's heading names “", StringComparison.Ordinal)));
        var spanish = response.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("language").GetString() == "es").ToList();
        Assert.That(spanish, Is.Not.Empty);
        var via = spanish.Select(h => h.GetProperty("matchedVia").EnumerateArray().Select(v => v.GetString()!).ToList()).ToList();
        Assert.That(via, Has.All.Not.Empty, "every Spanish hit says how it matched");
        Assert.That(via.SelectMany(v => v), Has.All.StartWith("translation es: ").Or.EndsWith(", as the first hits are classified").Or.StartWith("legal glossary es: "));
        Assert.That(via.SelectMany(v => v), Has.Some.StartWith("translation es: "));
    }

    [Test]
    public async Task The_page_lists_what_was_also_searched_and_the_other_editions_of_a_hit()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("\"illegal access\" computer"));

        Assert.That(html, Does.Contain("also searched:"));
        Assert.That(html, Does.Contain("also in:"));
    }
}

/// <summary>Without Apertium (no mode files where they are looked for) search still works, on the user's words and the lexicon.</summary>
public sealed class NoTranslationTests
{
    [Test]
    public async Task Search_works_and_health_says_translation_is_off()
    {
        var noModes = TestPaths.NewTempFolder("no-apertium");
        using var factory = new WebAppFactory(CorpusIndex.Path, settings: new Dictionary<string, string> { ["Translation:ModesPath"] = noModes });
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        var search = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("unauthorized access"));
        var body = await search.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(health.GetProperty("translation").GetString(), Is.EqualTo("off"));
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("hits").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(body.GetProperty("expansions").EnumerateArray().Select(e => e.GetProperty("via").GetString()), Has.All.StartWith("concept "));
    }
}

/// <summary>A translation pipeline that fails (here es → fr, a pipeline that exits at once) leaves the search going on without it, and the response says so.</summary>
public sealed class FailingTranslationTests
{
    [Test]
    public async Task A_language_whose_pipeline_failed_is_named_in_the_interpretation_and_the_rest_is_still_translated()
    {
        var modes = TestPaths.NewTempFolder("failing-apertium");
        foreach (var mode in Directory.GetFiles(new LegalSearch.Web.Search.Translation.TranslationOptions().ModesPath, "*.mode"))
        {
            File.Copy(mode, Path.Combine(modes, Path.GetFileName(mode)));
        }
        File.WriteAllText(Path.Combine(modes, "es-fr.mode"), "false\n");
        using var factory = new WebAppFactory(CorpusIndex.Path, settings: new Dictionary<string, string> { ["Translation:ModesPath"] = modes });
        using var client = factory.CreateClient();

        var everywhere = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("swindling by deceit"));
        var withoutFrench = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("swindling by deceit") + "&lang=en&lang=es&lang=pt");

        var translatedInto = everywhere.GetProperty("expansions").EnumerateArray()
            .Where(e => e.GetProperty("via").GetString() == "translation from en").Select(e => e.GetProperty("language").GetString()).ToList();
        Assert.That(translatedInto, Does.Contain("es").And.Contain("pt").And.Not.Contain("fr"));
        Assert.That(everywhere.GetProperty("interpretation").GetString(), Does.Contain("not translated into fr: the translation engine did not answer"));
        Assert.That(everywhere.GetProperty("hits").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(withoutFrench.GetProperty("interpretation").GetString(), Does.Not.Contain("not translated"), "French was not asked for, so nothing is missing");
    }
}

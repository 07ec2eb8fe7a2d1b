using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Languages;

/// <summary>
/// Italian was added as one definition in Indexer/Languages/It plus its registration: its sample statute (whose
/// manifest entry names no language) is indexed, detected as Italian, cut into articles ("Art. 615-ter" numbers
/// "615 ter", as DESIGN.md normalizes Latin ordinals) and found by a search.
/// </summary>
public sealed class ItalianSampleTests
{
    private const string Sample = "samples/it/legge-esempio-2025-reati-informatici.md";

    private WebAppFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void IndexTheSample()
    {
        var index = Path.Combine(TestPaths.NewTempFolder("italian"), "index");
        var scanned = LocalSourceScanner.Scan([Path.Combine(TestPaths.RepositoryRoot, "corpus", Sample)]);
        Assert.That(scanned.Single().Document.Metadata.Language, Is.Null, "the manifest leaves the language to the detector");
        new IndexingService().Run(new IndexRunRequest(index, scanned) { Ocr = false });
        factory = new WebAppFactory(index);
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task Sample_is_detected_as_Italian_and_segmented_into_its_articles()
    {
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=reclusione");
        var statuteId = search.GetProperty("hits")[0].GetProperty("statuteId").GetString();
        var statute = await client.GetFromJsonAsync<JsonElement>($"/api/statutes/{statuteId}");
        var provisions = statute.GetProperty("provisions").EnumerateArray().ToList();
        var articles = provisions.Where(p => p.GetProperty("kind").GetString() == "article").ToList();

        Assert.That(search.GetProperty("hits")[0].GetProperty("language").GetString(), Is.EqualTo("it"));
        Assert.That(articles.Select(p => p.GetProperty("article").GetString()),
            Is.EqualTo(new[] { "1", "2", "615 ter", "615 quater", "617 quater", "3" }));
        var accessArticle = articles.Single(p => p.GetProperty("article").GetString() == "615 ter");
        Assert.That(accessArticle.GetProperty("heading").GetString(), Is.EqualTo("Accesso abusivo ad un sistema informatico o telematico"));
        Assert.That(accessArticle.GetProperty("path").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "Capo II" }));
    }

    [Test]
    public async Task Italian_words_are_stemmed_and_elided_in_the_Italian_field()
    {
        var access = await client.GetFromJsonAsync<JsonElement>("/api/search?q=accessi%20abusivi%20ai%20sistemi%20informatici&lang=it");
        var elided = await client.GetFromJsonAsync<JsonElement>("/api/search?q=intercettazioni%20l%27integrit%C3%A0&lang=it");

        Assert.That(access.GetProperty("hits")[0].GetProperty("article").GetString(), Is.EqualTo("615 ter"));
        Assert.That(access.GetProperty("hits")[0].GetProperty("source").GetString(), Is.EqualTo(Sample));
        Assert.That(elided.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("article").GetString()),
            Does.Contain("617 quater").And.Contain("1"));
    }
}

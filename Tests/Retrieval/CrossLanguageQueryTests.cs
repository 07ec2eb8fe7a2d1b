using LegalSearch.Indexer.Analysis;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Tests.Retrieval;

/// <summary>The must-show queries of the multilingual issue, against the real corpus index.</summary>
public sealed class CrossLanguageQueryTests
{
    private CorpusSearch search = null!;
    private readonly SearchQueryParser parser = new();

    [OneTimeSetUp]
    public void OpenIndex() => search = new CorpusSearch(CorpusIndex.Path);

    [OneTimeTearDown]
    public void CloseIndex() => search.Dispose();

    private IReadOnlyList<RankedProvision> Top(string query, int size = 10, params string[] languages) =>
        CorpusSearch.Distinct(search.Search(parser.Parse(query, languages), languages, 200), size);

    private static bool IsProvision(RankedProvision hit, string expected) => ExpectedProvision.Parse(expected).Matches(hit);

    [Test]
    public void Quoted_sin_autorizacion_matches_Colombia_269A_as_a_phrase()
    {
        var hits = search.Search(parser.Parse("\"sin autorización\"", []), [], 500);

        Assert.That(hits.Any(h => IsProvision(h, "CO 269A")), Is.True);
        Assert.That(hits.Select(h => ProvisionText(h)), Has.All.Contain("sin autorizacion"));
    }

    [Test]
    public void Unauthorized_access_finds_the_illegal_access_articles_of_six_jurisdictions()
    {
        var top = Top("unauthorized access");

        Assert.That(new[] { "CO 269A", "BR 154-A", "CL 2", "EC 234", "US 1030", "INT 2" }.Where(e => !top.Any(h => IsProvision(h, e))),
            Is.Empty, string.Join(", ", top.Select(h => h.Id)));
    }

    [Test]
    public void Interceptacion_ilicita_without_accents_finds_Budapest_3_and_Canadian_interception()
    {
        var top = Top("interceptacion ilicita");

        Assert.That(top.Any(h => IsProvision(h, "INT 3")), Is.True, string.Join(", ", top.Select(h => h.Id)));
        Assert.That(top.Any(h => h.Country == "CA" && ProvisionText(h).Contains("intercept", StringComparison.Ordinal)), Is.True,
            string.Join(", ", top.Select(h => h.Id)));
    }

    [Test]
    public void Article_154_A_finds_Brazil_and_Peru_before_anything_numbered_154()
    {
        var hits = search.Search(parser.Parse("154-A", []), [], 20);
        var first = hits.Take(2).ToList();

        Assert.That(first.Select(h => h.Country), Is.EquivalentTo(new[] { "BR", "PE" }));
        Assert.That(first.Select(h => h.Article), Has.All.EqualTo("154-A"));
    }

    [Test]
    public void Article_query_carries_the_number_as_a_phrase_for_snippets() =>
        Assert.That(parser.Parse("154-A", []).Query.ToString(), Does.Contain("exact:\"154 a\""));

    [Test]
    public void Language_filter_still_restricts_expanded_results()
    {
        var hits = search.Search(parser.Parse("unauthorized access", ["es"]), ["es"], 50);

        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(h => h.Language), Has.All.EqualTo("es"));
    }

    [Test]
    public void A_concept_named_in_any_language_is_reported_for_matched_via()
    {
        Assert.That(parser.Parse("acceso ilícito", []).Concepts, Does.Contain("illegal-access"));
        Assert.That(parser.Parse("invasão de dispositivo informático", []).Concepts, Does.Contain("illegal-access"));
        Assert.That(parser.Parse("accès frauduleux", []).Concepts, Does.Contain("illegal-access"));
        Assert.That(parser.Parse("ley 1273", []).Concepts, Is.Empty);
    }

    [TestCase("\"unbalanced")]
    [TestCase("   ")]
    [TestCase("acceso AND")]
    public void Bad_input_is_a_query_syntax_error(string query) =>
        Assert.That(() => parser.Parse(query, []), Throws.TypeOf<QuerySyntaxException>());

    private static string ProvisionText(RankedProvision hit) => string.Join(' ', TokenList.Of(AnalyzerFactory.Exact(), hit.Text));
}

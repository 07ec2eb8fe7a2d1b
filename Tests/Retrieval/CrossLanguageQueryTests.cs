using LegalSearch.Indexer.Analysis;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Tests.Retrieval;

/// <summary>The must-show queries of the multilingual issue, through the search service over the real corpus index.</summary>
public sealed class CrossLanguageQueryTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void OpenIndex() => services = new CorpusServices();

    [OneTimeTearDown]
    public void CloseIndex() => services.Dispose();

    private IReadOnlyList<ProvisionView> Ranked(string query, int size, params string[] languages) =>
        RankedProvisions.Of(services.Search, query, size, expand: true, languages);

    private IReadOnlyList<ProvisionView> Top(string query, int size = 10, params string[] languages) =>
        [.. Ranked(query, size, languages)];

    private IReadOnlyList<string> Concepts(string query) =>
        services.Search.Rank(new SearchRequest(query, [], [], [], [], 1, 1), snippets: false).Concepts;

    private static bool IsProvision(ProvisionView hit, string expected) => ExpectedProvision.Parse(expected).Matches(hit);

    /// <summary>
    /// Merged by raw score, ten sections of the U.S. Code (long, English, many words in common with the English
    /// translation) took the whole first page of this Spanish query; languages are now merged by normalized score.
    /// </summary>
    [Test]
    public void A_translated_query_is_answered_in_its_own_language_too_not_only_by_the_language_with_the_longest_statutes()
    {
        var top = Top("contactar a un menor por internet con fines sexuales");

        Assert.That(top.Where(h => h.Language == "es").Select(h => h.Country).Distinct().Count(), Is.GreaterThanOrEqualTo(2), string.Join(", ", top.Select(h => h.Id)));
        Assert.That(top.Count(h => h.Language == "en"), Is.LessThanOrEqualTo(5), string.Join(", ", top.Select(h => h.Id)));
        Assert.That(top.Any(h => IsProvision(h, "AR 131") || IsProvision(h, "PE 183-B")), Is.True, string.Join(", ", top.Select(h => h.Id)));
    }

    /// <summary>No lexicon term is written "destruir o alterar datos informáticos"; its words name data interference ("dañar borrar deteriorar alterar o suprimir datos informáticos").</summary>
    [Test]
    public void A_concept_named_by_its_words_in_another_order_brings_its_provisions_in_every_language()
    {
        const string query = "destruir o alterar datos informáticos";
        var top = Top(query);

        Assert.That(Concepts(query), Is.EqualTo(new[] { "data-interference" }));
        Assert.That(new[] { "CO 269D", "INT 4", "CL 4", "EC 232" }.Count(e => top.Any(h => IsProvision(h, e))), Is.GreaterThanOrEqualTo(3), string.Join(", ", top.Select(h => h.Id)));
        Assert.That(top.Select(h => h.Language).Distinct(), Does.Contain("en"), "the Convention's article, in English");
    }

    /// <summary>No Portuguese term is "lavagem de ativos" (the lexicon has "lavagem de dinheiro / de capitais"); its Spanish translation is the Spanish term.</summary>
    [Test]
    public void A_concept_the_translation_names_is_searched_and_the_interpretation_says_which_translation_named_it()
    {
        var result = services.Search.Rank(new SearchRequest("lavagem de ativos", [], [], [], [], 1, 10), snippets: false);

        Assert.That(result.Concepts, Is.EqualTo(new[] { "money-laundering" }));
        Assert.That(result.Interpretation, Does.Contain("the query's translation “lavado de activos” (es) names the offence money-laundering"));
        Assert.That(new[] { "EC 317", "US 1956", "MX 400 bis" }.Where(e => !Top("lavagem de ativos").Any(h => IsProvision(h, e))), Is.Empty, "Ecuador's, the U.S. and Mexico's laundering offences");
    }

    [Test]
    public void Quoted_sin_autorizacion_matches_Colombia_269A_as_a_phrase()
    {
        var hits = Ranked("\"sin autorización\"", 500);

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
        var hits = Ranked("154-A", 20);
        var first = hits.Take(2).ToList();

        Assert.That(first.Select(h => h.Country), Is.EquivalentTo(new[] { "BR", "PE" }));
        Assert.That(first.Select(h => h.Article), Has.All.EqualTo("154-A"));
    }

    [Test]
    public void Article_query_carries_the_number_as_a_phrase_for_snippets() =>
        Assert.That(new SearchQueryParser().Parse("154-A", []).Query.ToString(), Does.Contain("exact:\"154 a\""));

    [Test]
    public void Language_filter_still_restricts_expanded_results()
    {
        var hits = Ranked("unauthorized access", 50, "es");

        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(h => h.Language), Has.All.EqualTo("es"));
    }

    [Test]
    public void A_concept_named_in_any_language_is_reported_for_matched_via()
    {
        Assert.That(Concepts("acceso ilícito"), Does.Contain("illegal-access"));
        Assert.That(Concepts("invasão de dispositivo informático"), Does.Contain("illegal-access"));
        Assert.That(Concepts("accès frauduleux"), Does.Contain("illegal-access"));
        Assert.That(Concepts("ley 1273"), Is.Empty);
    }

    [TestCase("\"unbalanced")]
    [TestCase("   ")]
    [TestCase("acceso AND")]
    public void Bad_input_is_a_query_syntax_error(string query) =>
        Assert.That(() => Concepts(query), Throws.TypeOf<QuerySyntaxException>());

    private static string ProvisionText(ProvisionView hit) => string.Join(' ', TokenList.Of(AnalyzerFactory.Exact(), hit.Text));
}

using LegalSearch.Indexer.Classification;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// Glossary feedback through the search service over the corpus index: a query naming no lexicon concept and no
/// glossary notion, whose first hit's heading names one, also searches that notion's words in the other languages
/// and says so; a query whose first hit's heading names no notion it did not name ranks as it would without.
/// </summary>
public sealed class GlossaryFeedbackTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open() => services = new CorpusServices();

    [OneTimeTearDown]
    public void Close() => services.Dispose();

    [Test]
    public void A_query_naming_no_concept_or_notion_gains_a_provision_of_another_language_through_its_first_hits_heading()
    {
        const string query = "atribuirse falsamente el nombre de otro";
        var request = new SearchRequest(query, [], [], [], [], 1, 10);
        Assert.That(ConceptMatcher.Default.Find(query, "es"), Is.Empty, "the query names a lexicon concept");
        Assert.That(LegalGlossary.Default.NotionsNamedBy(query, "es"), Is.Empty, "the query names a glossary notion");
        Assert.That(services.Search.Translate(request).Clauses.Where(c => c.IsGlossary), Is.Empty, "the query's translations name a glossary notion");

        var response = services.Search.Search(request);
        var without = services.WithoutFeedback(request);

        const string via = "as the first hit's heading names “identity theft”";
        Assert.That(response.Expansions.Where(e => e.Via.Contains(via, StringComparison.Ordinal)).Select(e => e.Language),
            Is.EquivalentTo(new[] { "es", "en", "fr" }), "the first hit is Portuguese: its notion is searched in every other language");
        Assert.That(response.Interpretation, Does.Contain("the first hit's heading names “identity theft” (legal glossary)"));
        var gained = response.Hits.Where(h => h.Language is not "es" && !without.Contains(h.Id)).ToList();
        Assert.That(gained.Where(h => (h.Heading ?? "").Contains("identity theft", StringComparison.OrdinalIgnoreCase)).Select(h => h.Id), Is.Not.Empty,
            $"with: {string.Join(", ", response.Hits.Select(h => h.Id))}; without: {string.Join(", ", without)}");
        Assert.That(gained.Select(h => h.MatchedVia), Has.All.Some.EndsWith(via));
    }

    /// <summary>
    /// "usurpación de identidad" names the notion its first hit's heading names; "acceso abusivo a un sistema informático"'s
    /// first hit's heading names only the glossary's general words ("computer"), which are not fed back.
    /// </summary>
    [TestCase("usurpación de identidad")]
    [TestCase("acceso abusivo a un sistema informático")]
    public void A_first_hit_whose_heading_names_no_notion_the_query_did_not_name_adds_nothing(string query)
    {
        var request = new SearchRequest(query, [], [], [], [], 1, 10);

        var response = services.Search.Search(request);

        var first = response.Hits[0];
        Assert.That(LegalGlossary.Default.NotionsNamedBy(first.Heading ?? "", first.Language), Is.Not.Empty, $"the first hit's heading “{first.Heading}” names no notion");
        Assert.That(response.Expansions.Select(e => e.Via), Has.None.Contains("first hit's heading"));
        Assert.That(response.Interpretation, Does.Not.Contain("first hit's heading"));
        Assert.That(response.Hits.SelectMany(h => h.MatchedVia), Has.None.Contains("first hit's heading"));
        if (response.Expansions.All(e => !e.Text.StartsWith("offence:", StringComparison.Ordinal)))
        {
            Assert.That(response.Hits.Select(h => h.Id), Is.EqualTo(services.WithoutFeedback(request)));
        }
    }
}

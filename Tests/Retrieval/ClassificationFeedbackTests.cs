using LegalSearch.Indexer.Classification;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// Classification feedback through the search service over the corpus index: a query naming no lexicon concept whose
/// first hits share an offence code also searches that code, and says so; a query whose first hits share no code it
/// did not name ranks as it would without.
/// </summary>
public sealed class ClassificationFeedbackTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open() => services = new CorpusServices();

    [OneTimeTearDown]
    public void Close() => services.Dispose();

    [Test]
    public void A_query_naming_no_concept_gains_a_provision_of_another_language_classified_as_its_first_hits()
    {
        const string query = "abrir una carta cerrada dirigida a otro";
        var request = new SearchRequest(query, [], [], [], [], 1, 10);
        Assert.That(ConceptMatcher.Default.Find(query, "es"), Is.Empty, "the query names a lexicon concept");

        var response = services.Search.Search(request);
        var without = services.WithoutFeedback(request);

        Assert.That(response.Expansions.Where(e => e.Text.StartsWith("offence:", StringComparison.Ordinal)).Select(e => (e.Language, e.Text)),
            Is.EqualTo(new[] { (Expansion.AnyLanguage, "offence:privacy-violation") }));
        Assert.That(response.Interpretation, Does.Contain("the first hits are classified under the offence privacy-violation"));
        var gained = response.Hits.Where(h => h.Language != "es" && !without.Contains(h.Id)).ToList();
        Assert.That(gained.Where(h => h.Offences.Contains("privacy-violation")).Select(h => h.Id), Is.Not.Empty,
            $"with: {string.Join(", ", response.Hits.Select(h => h.Id))}; without: {string.Join(", ", without)}");
        Assert.That(response.Hits.Where(h => h.Offences.Contains("privacy-violation")).Select(h => h.MatchedVia),
            Has.All.Contains("Violation of correspondence and secrets, as the first hits are classified"));
    }

    /// <summary>"acceso abusivo…" names illegal access, the only code its first hits hold; "habeas data"'s first hits share none.</summary>
    [TestCase("acceso abusivo a un sistema informático")]
    [TestCase("habeas data")]
    public void A_query_whose_first_hits_share_no_code_it_did_not_name_ranks_as_without_feedback(string query)
    {
        var request = new SearchRequest(query, [], [], [], [], 1, 10);

        var response = services.Search.Search(request);

        Assert.That(response.Expansions.Select(e => e.Text), Has.None.StartWith("offence:"));
        Assert.That(response.Interpretation, Does.Not.Contain("the first hits are classified"));
        Assert.That(response.Hits.Select(h => h.Id), Is.EqualTo(services.WithoutFeedback(request)));
    }
}

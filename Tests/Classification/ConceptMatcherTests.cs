using LegalSearch.Indexer.Classification;

namespace LegalSearch.Tests.Classification;

/// <summary>Which lexicon concepts a user's words name, typed with or without accents.</summary>
public sealed class ConceptMatcherTests
{
    [TestCase("interceptação de comunicações telemáticas", "illegal-interception")]
    [TestCase("interceptacao de comunicacoes", "illegal-interception")]
    [TestCase("accesos ilícitos", "illegal-access")]
    [TestCase("lavagem de dinheiro", "money-laundering")]
    [TestCase("harcèlement sexuel", "sexual-harassment")]
    public void Accents_typed_or_not_name_the_same_concept(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Contain(code));

    [Test]
    public void Words_of_no_concept_name_none() =>
        Assert.That(ConceptMatcher.Default.Find("copias piratas de libros"), Is.Empty);
}

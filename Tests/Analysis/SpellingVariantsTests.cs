using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Languages.En;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Analysis;

/// <summary>British and American spellings of a query's English words: the U.S. Code and the Commonwealth texts spell them apart.</summary>
public sealed class SpellingVariantsTests
{
    [TestCase("offence", "offense")]
    [TestCase("defense", "defence")]
    [TestCase("organisation", "organization")]
    [TestCase("authorized", "authorised")]
    [TestCase("criminalises", "criminalizes")]
    [TestCase("behaviour", "behavior")]
    [TestCase("programme", "program")]
    public void A_word_has_its_other_spelling(string word, string other) =>
        Assert.That(SpellingVariants.Of(word), Is.EqualTo(other));

    [TestCase("advise")]
    [TestCase("exercise")]
    [TestCase("size")]
    [TestCase("seize")]
    [TestCase("computer")]
    public void Words_spelt_one_way_only_have_none(string word) =>
        Assert.That(SpellingVariants.Of(word), Is.Null);

    [Test]
    public void A_query_word_is_searched_in_both_spellings_and_the_index_keeps_its_own()
    {
        Assert.That(TokenList.Of(AnalyzerFactory.ForQueryWords("en"), "computer offence"), Is.EqualTo(new[] { "comput", "offenc", "offens" }));
        Assert.That(TokenList.Of(AnalyzerFactory.ForLanguage("en"), "computer offence"), Is.EqualTo(new[] { "comput", "offenc" }));
    }

    [Test]
    public void Either_spelling_finds_the_statutes_written_in_the_other()
    {
        using var services = new CorpusServices();
        var american = RankedProvisions.Of(services.Search, "offense", 100, true, false, "en");
        var british = RankedProvisions.Of(services.Search, "offence", 100, true, false, "en");

        Assert.That(american.Select(p => p.Id), Is.EqualTo(british.Select(p => p.Id)), "the same query");
        Assert.That(american.Any(p => p.Text.Contains("offence", StringComparison.OrdinalIgnoreCase) && !p.Text.Contains("offense", StringComparison.OrdinalIgnoreCase)), Is.True, "a Commonwealth text");
        Assert.That(american.Any(p => p.Text.Contains("offense", StringComparison.OrdinalIgnoreCase) && !p.Text.Contains("offence", StringComparison.OrdinalIgnoreCase)), Is.True, "a U.S. text");
    }
}

using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Translation;

public sealed class CognateTests
{
    [TestCase("interceptação", "intercept")]
    [TestCase("Cybersécurité", "cybersecu")]
    [TestCase("telemáticas", "telemati")]
    [TestCase("grooming", "groomi")]
    public void A_long_word_keeps_its_folded_opening(string word, string prefix) =>
        Assert.That(Cognate.PrefixOf(word), Is.EqualTo(prefix));

    [TestCase("datos")]
    [TestCase("phishing1")]
    [TestCase("e-mail-x")]
    public void Short_words_and_words_with_other_characters_get_none(string word) =>
        Assert.That(Cognate.PrefixOf(word), Is.Null);
}

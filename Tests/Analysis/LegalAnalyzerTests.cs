using LegalSearch.Indexer.Analysis;

namespace LegalSearch.Tests.Analysis;

public sealed class LegalAnalyzerTests
{
    [TestCase("es", "sin")]
    [TestCase("es", "con")]
    [TestCase("es", "no")]
    [TestCase("pt", "sem")]
    [TestCase("pt", "com")]
    [TestCase("pt", "não")]
    [TestCase("fr", "sans")]
    [TestCase("fr", "avec")]
    [TestCase("fr", "ne")]
    [TestCase("fr", "pas")]
    [TestCase("en", "not")]
    [TestCase("en", "no")]
    [TestCase("en", "without")]
    public void Words_with_legal_meaning_are_not_stop_words(string language, string word)
    {
        Assert.That(LegalStopWords.For(language).Contains(word), Is.False);
        Assert.That(TokenList.Of(AnalyzerFactory.ForLanguage(language), word), Has.Count.EqualTo(1));
        Assert.That(TokenList.Of(AnalyzerFactory.ForQueryWords("es"), word), Has.Count.EqualTo(1), "dropped from queries");
    }

    [Test]
    public void Query_words_drop_function_words_of_every_language()
    {
        Assert.That(TokenList.Of(AnalyzerFactory.ForQueryWords("en"), "inserção de dados em sistema"), Is.EqualTo(TokenList.Of(AnalyzerFactory.ForLanguage("en"), "inserção dados sistema")));
    }

    [TestCase("en", "how do I request documents from a government agency", "request documents from government agency")]
    [TestCase("es", "¿puede el fiscal exigir a una empresa los datos de un cliente?", "fiscal exigir empresa datos cliente")]
    [TestCase("pt", "qual o prazo para o governo responder a um pedido", "prazo governo responder pedido")]
    [TestCase("fr", "comment porter plainte au commissaire", "porter plainte commissaire")]
    public void A_question_keeps_only_its_words_of_substance(string language, string question, string substance)
    {
        Assert.That(TokenList.Of(AnalyzerFactory.ForQueryWords(language), question), Is.EqualTo(TokenList.Of(AnalyzerFactory.ForLanguage(language), substance)));
        Assert.That(TokenList.Of(AnalyzerFactory.ForLanguage(language), question), Has.Count.GreaterThan(TokenList.Of(AnalyzerFactory.ForLanguage(language), substance).Count), "the index keeps them");
    }

    [Test]
    public void Spanish_analysis_folds_accents_and_stems_plurals_alike()
    {
        var spanish = AnalyzerFactory.ForLanguage("es");
        Assert.That(TokenList.Of(spanish, "Interceptación ilícita"), Is.EqualTo(TokenList.Of(spanish, "interceptacion ilicitas")));
        Assert.That(TokenList.Of(spanish, "sin autorización"), Has.Count.EqualTo(2));
    }

    [Test]
    public void French_analysis_removes_elided_articles()
    {
        var french = AnalyzerFactory.ForLanguage("fr");
        Assert.That(TokenList.Of(french, "l'accès"), Is.EqualTo(TokenList.Of(french, "accès")));
        Assert.That(TokenList.Of(french, "l'accès").Single(), Does.Not.Contain("é").And.Not.StartWith("l"));
    }

    [Test]
    public void Exact_field_keeps_every_word_unstemmed_but_folded()
    {
        Assert.That(TokenList.Of(AnalyzerFactory.Exact(), "Sin autorización, NO accede"), Is.EqualTo(new[] { "sin", "autorizacion", "no", "accede" }));
    }

    [TestCase("154-A", "154A")]
    [TestCase("154-A", "154 a")]
    [TestCase("269A", "269a")]
    [TestCase("211 bis 1", "211 Bis 1")]
    public void Article_keys_agree_however_the_number_is_written(string one, string other) =>
        Assert.That(ArticleKey.From(one), Is.EqualTo(ArticleKey.From(other)));

    [TestCase("154-A", "154")]
    [TestCase("211 bis 1", "211 bis")]
    [TestCase("234.1", "2341")]
    public void Article_keys_keep_distinct_numbers_apart(string one, string other) =>
        Assert.That(ArticleKey.From(one), Is.Not.EqualTo(ArticleKey.From(other)));
}

using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Tests.Retrieval;

public sealed class ArticleReferenceTests
{
    [TestCase("154-A", "154-A")]
    [TestCase("269A", "269A")]
    [TestCase("art. 234", "234")]
    [TestCase("Artículo 269A", "269A")]
    [TestCase("§ 1030", "1030")]
    [TestCase("211 bis 1", "211 bis 1")]
    [TestCase("art. 234.1 falsificación", "234.1")]
    [TestCase("18 U.S.C. 1030", "1030")]
    [TestCase("artigo 7º da LGPD", "7")]
    [TestCase("artículo 1° de la Ley", "1")]
    [TestCase("18 USC § 2511", "2511")]
    [TestCase("6 U.S.C. 681b", "681b")]
    public void Query_names_an_article(string query, string number) =>
        Assert.That(ArticleReferences.Find(query).Numbers, Is.EqualTo(new[] { number }));

    [TestCase("ley 1273 de 2009")]
    [TestCase("acceso abusivo")]
    [TestCase("Ley 21.459 acceso")]
    [TestCase("Lei nº 13.709")]
    public void Plain_numbers_among_words_are_not_articles(string query) =>
        Assert.That(ArticleReferences.Find(query).Numbers, Is.Empty);

    [Test]
    public void The_words_around_an_article_are_kept() =>
        Assert.That(ArticleReferences.Find("art. 234 acceso").Remainder, Is.EqualTo("acceso"));
}

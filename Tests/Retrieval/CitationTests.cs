using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>A law's number or short name plus an article, in words, resolves to that provision first.</summary>
public sealed class CitationTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open() => services = new CorpusServices();

    [OneTimeTearDown]
    public void Close() => services.Dispose();

    [TestCase("Ley 1273 artículo 269A", "co-ley-1273-2009/art-269a")]
    [TestCase("LGPD art. 7", "br-lei-13709-2018")]
    [TestCase("Title 18 section 2511", "us-18-usc-part-i/art-2511")]
    [TestCase("Ley 21.459 artículo 7", "cl-ley-21459/art-7")]
    [TestCase("18 U.S.C. 1030", "us-18-usc-part-i/art-1030")]
    [TestCase("artigo 7º da LGPD", "br-lei-13709-2018")]
    [TestCase("art. 154-A do Código Penal", "br-decreto-lei-2848-1940/art-154-a")]
    [TestCase("artículo 154-A del Código Penal", "pe-decreto-legislativo-635/art-154-a")]
    [TestCase("18 USC 2701", "us-18-usc-part-i/art-2701")]
    [TestCase("6 U.S.C. § 681b", "us-6-usc-ch-1")]
    public void A_citation_in_words_finds_that_provision_first(string query, string expectedIdPrefix)
    {
        var first = RankedProvisions.Of(services.Search, query, 10)[0];

        Assert.That(first.Id, Does.StartWith(expectedIdPrefix));
        if (query.Contains("LGPD", StringComparison.Ordinal)) Assert.That(first.Article, Is.EqualTo("7"));
    }

    /// <summary>"la Convention" names a treaty: its article 2 comes before every national article 2 (its Additional Protocol also says "Convention").</summary>
    [Test]
    public void Article_2_of_the_Convention_comes_before_national_articles_2()
    {
        var top = RankedProvisions.Of(services.Search, "article 2 de la Convention", 10);

        var convention = top.ToList().FindIndex(h => h.StatuteId.StartsWith("int-ets-185", StringComparison.Ordinal) && h.Article == "2");
        var national = top.ToList().FindIndex(h => h.Country != "INT");
        Assert.That(convention, Is.GreaterThanOrEqualTo(0).And.LessThan(national < 0 ? int.MaxValue : national), string.Join(", ", top.Select(h => h.Id)));
    }
}

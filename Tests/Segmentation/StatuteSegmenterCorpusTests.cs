using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Tests.Segmentation;

/// <summary>Golden expectations on the real corpus files: the provisions a lawyer would cite, each found once.</summary>
[TestFixture]
public sealed partial class StatuteSegmenterCorpusTests
{
    private const string Colombia = "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf";
    private const string Mexico = "docs/mx/codigo-penal-federal-dof-2024-06-07.pdf";
    private const string Ecuador = "docs/ec/codigo-organico-integral-penal-coip-lexis-2025.pdf";
    private const string Chile = "docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml";
    private const string Barbados = "docs/bb/cybercrime-bill-2024.pdf";
    private const string Title18 = "docs/us/uscode-2023-title18-partI-crimes.pdf";

    [OneTimeSetUp]
    public void SegmentCorpus() => Assert.That(SegmentedCorpus.Statutes, Is.Not.Empty);

    [Test]
    public void Colombia_inserted_articles_269A_to_269J_are_provisions_under_titulo_VII_bis()
    {
        var statute = SegmentedCorpus.Get(Colombia);
        foreach (var letter in "ABCDEFGHIJ")
        {
            var provision = statute.Single($"269{letter}");
            Assert.That(provision.Heading, Is.Not.Null.And.Not.Empty, $"269{letter} heading");
            Assert.That(provision.Path, Does.Contain("Artículo 1").And.Contain("Título VII bis"), $"269{letter} path");
        }
        Assert.That(statute.Single("269A").Heading, Is.EqualTo("Acceso abusivo a un sistema informático"));
        Assert.That(statute.Single("269I").Corrections, Is.EqualTo(new[] { "2691 → 269I" }));
        Assert.That(statute.Provisions.Select(p => p.Number), Does.Not.Contain("2691"));
    }

    [Test]
    public void Mexico_bis_articles_are_distinct_and_the_count_matches_the_article_headings()
    {
        var statute = SegmentedCorpus.Get(Mexico);
        string[] expected = ["211 bis", "211 bis 1", "211 bis 2", "211 bis 3", "211 bis 4", "211 bis 5", "211 bis 6", "211 bis 7"];
        foreach (var number in expected) statute.Single(number);
        var body = statute.Extracted.Blocks.TakeWhile(b => !TransitoryHeading().IsMatch(b.Text.Trim()));
        var headings = body.Count(b => ArticleHeading().IsMatch(b.Text));
        var articles = statute.Articles.Count;
        TestContext.Progress.WriteLine($"MX CPF: {articles} article provisions, {headings} 'Artículo N' headings in the text");
        Assert.That(Math.Abs(articles - headings), Is.LessThanOrEqualTo(headings / 100.0));
    }

    [TestCase(Ecuador, new[] { "229", "230", "231", "232", "233", "234", "234.1", "234.2" })]
    [TestCase("docs/br/codigo-penal-del2848-derived-html.html", new[] { "154-A", "154-B" })]
    [TestCase("docs/pe/codigo-penal-peru-dleg-635.pdf", new[] { "154-A", "154-B" })]
    [TestCase("docs/ar/codigo-penal-nacion-argentina-saij.pdf", new[] { "153 bis" })]
    [TestCase(Chile, new[] { "1", "2", "3", "4", "5", "6", "7", "8" })]
    public void Cybercrime_articles_are_found_once_as_the_statutes_own(string source, string[] numbers)
    {
        var statute = SegmentedCorpus.Get(source);
        foreach (var number in numbers)
        {
            var provision = statute.Single(number);
            Assert.That(provision.Kind, Is.EqualTo(ProvisionKinds.Article));
            Assert.That(provision.Text, Does.Contain(number.Replace(" bis", "")), $"{number} text");
        }
    }

    [Test]
    public void Suriname_constitution_has_articles_1_to_186_once_its_footnote_numbers_are_repaired()
    {
        var statute = SegmentedCorpus.Get("docs/sr/grondwet-republiek-suriname-1987-1992.pdf");
        Assert.That(statute.Articles.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, 186).Select(n => n.ToString())));
        Assert.That(statute.Single("1").Corrections, Is.EqualTo(new[] { "12 → 1" }));
    }

    [Test]
    public void Haiti_constitution_starts_with_article_premier_under_titre_premier()
    {
        var first = SegmentedCorpus.Get("docs/ht/constitution-haiti-1987-digitheque-mjp.htm").Single("1");
        Assert.That(first.Text, Does.Contain("Article premier"));
        Assert.That(first.Path, Is.EqualTo(new[] { "Titre premier", "Chapitre premier" }));
    }

    [Test]
    public void Chile_article_18_inserts_218_bis_into_the_criminal_procedure_code()
    {
        var inserted = SegmentedCorpus.Get(Chile).Single("218 bis");
        Assert.That(inserted.Path, Does.Contain("Artículo 18"));
        Assert.That(inserted.Heading, Does.StartWith("Preservación provisoria de datos"));
    }

    [Test]
    public void Barbados_sections_carry_their_marginal_notes_without_table_of_contents_duplicates()
    {
        var statute = SegmentedCorpus.Get(Barbados);
        Assert.That(statute.Single("4").Heading, Is.EqualTo("Illegal access"));
        for (var section = 4; section <= 15; section++) Assert.That(statute.Single(section.ToString()).Heading, Is.Not.Null, $"section {section}");
    }

    [TestCase("docs/int/coe-ets185-convention-on-cybercrime-en.pdf")]
    [TestCase("docs/int/coe-ets185-convention-on-cybercrime-en-nl-wetten-derived.md")]
    public void Budapest_convention_has_articles_1_to_48_with_titles(string source)
    {
        var statute = SegmentedCorpus.Get(source);
        for (var article = 1; article <= 48; article++)
        {
            Assert.That(statute.Single(article.ToString()).Heading, Is.Not.Null.And.Not.Empty, $"article {article}");
        }
        Assert.That(statute.Single("2").Heading, Is.EqualTo("Illegal access"));
        Assert.That(statute.Single("2").Path, Is.EqualTo(new[] { "Chapter II", "Section 1", "Title 1" }));
    }

    [Test]
    public void Bilingual_convention_keeps_the_dutch_copy_distinguishable()
    {
        var statute = SegmentedCorpus.Get("docs/int/coe-ets185-convention-on-cybercrime-en-nl-wetten-derived.md");
        var dutch = statute.Single("2 nl");
        Assert.That(dutch.Path[0], Is.EqualTo("nl"));
        Assert.That(dutch.Text, Does.Contain("Artikel 2"));
        Assert.That(statute.Single("2").Text, Does.Contain("Article 2").And.Not.Contain("Artikel 2"));
    }

    [Test]
    public void Us_code_chapter_6_gives_the_same_sections_from_html_and_pdf()
    {
        var html = Chapter6Sections("docs/us/uscode-2024-title6-chap6-cybersecurity.htm");
        var pdf = Chapter6Sections("docs/us/uscode-2024-title6-chap6-cybersecurity.pdf");
        Assert.That(html, Does.Contain("1500").And.Contain("1534").And.Contain("1521"));
        Assert.That(pdf, Is.EqualTo(html));
        Assert.That(SegmentedCorpus.Get("docs/us/uscode-2024-title6-chap6-cybersecurity.htm").Single("1534").Heading, Is.EqualTo("Cybercrime"));
    }

    [Test]
    public void Title_18_cybercrime_sections_are_found_once_each()
    {
        var statute = SegmentedCorpus.Get(Title18);
        string[] numbers = ["1028", "1029", "1030", "2251", "2251A", "2252", "2252A"];
        var ranges = Enumerable.Range(2510, 14).Concat(Enumerable.Range(2701, 13)).Select(n => n.ToString());
        foreach (var number in numbers.Concat(ranges).Where(n => n is not "2714"))
        {
            statute.Single(number);
        }
        Assert.That(statute.Single("1030").Heading, Is.EqualTo("Fraud and related activity in connection with computers"));
        // "TITLE 18—CRIMES AND CRIMINAL PROCEDURE" is only a running head (removed by extraction); the body opens at Part I.
        Assert.That(statute.Single("1030").Path, Is.EqualTo(new[] { "Part I", "Chapter 47" }));
        Assert.That(statute.Single("2701").Path, Has.Some.EqualTo("Chapter 121"));
        var analysis = statute.Provisions.Where(p => p.Kind == ProvisionKinds.Contents && p.Text.Contains("1030. Fraud and related activity")).ToList();
        Assert.That(analysis, Has.Count.EqualTo(1), "chapter 47's table of sections is kept once, as contents");
        Assert.That(statute.Single("1001").Text, Does.Not.Contain("1030. Fraud"));
    }

    [Test]
    public void Every_statute_keeps_its_words_and_has_unique_provision_numbers()
    {
        foreach (var (source, statute) in SegmentedCorpus.Statutes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            TestContext.Progress.WriteLine($"{source,-95} {statute.Report}");
        }
        Assert.Multiple(() =>
        {
            foreach (var (source, statute) in SegmentedCorpus.Statutes)
            {
                Assert.That(statute.Report.Coverage, Is.GreaterThanOrEqualTo(0.995), source);
                var slugs = statute.Provisions.Select(p => p.Slug).ToList();
                Assert.That(slugs, Is.Unique, source);
                Assert.That(statute.Provisions.Select(p => p.Ordinal), Is.EqualTo(Enumerable.Range(0, slugs.Count)), source);
            }
        });
    }

    private static IReadOnlyList<string> Chapter6Sections(string source) =>
        [.. SegmentedCorpus.Get(source).Articles.Select(p => p.Number).Where(n => n.StartsWith("15", StringComparison.Ordinal))];

    [GeneratedRegex(@"^(?:ART[ÍI]CULO|Art[íi]culo)\s+\d+")]
    private static partial Regex ArticleHeading();

    /// <summary>The text body ends where the original code's transitory articles begin; reform decrees follow.</summary>
    [GeneratedRegex(@"^(?:ART[ÍI]CULOS\s+)?TRANSITORIOS?:?$")]
    private static partial Regex TransitoryHeading();
}

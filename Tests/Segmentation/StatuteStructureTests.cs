using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Tests.Segmentation;

/// <summary>
/// Structure a lawyer can trust, on the real corpus files: operative text apart from notes, no invented numbers,
/// the SUIN page's two editions and its ruling, signatures apart from the last article.
/// </summary>
[TestFixture]
public sealed partial class StatuteStructureTests
{
    private const string Title18 = "docs/us/uscode-2023-title18-partI-crimes.pdf";
    private const string Mexico = "docs/mx/codigo-penal-federal-dof-2024-06-07.pdf";
    private const string Ecuador = "docs/ec/codigo-organico-integral-penal-coip-lexis-2025.pdf";
    private const string Colombia = "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf";
    private const string Suin1712 = "docs/co/ley-1712-2014-transparencia-acceso-informacion-suin.html";

    [TestCase("1030")]
    [TestCase("2511")]
    [TestCase("2701")]
    public void Us_code_sections_keep_source_credit_and_editorial_notes_out_of_the_text(string section)
    {
        var provision = SegmentedCorpus.Get(Title18).Single(section);
        Assert.That(provision.Text, Does.Not.Contain("Pub. L.").And.Not.Contain("Editorial Notes").And.Not.Contain("Statutory Notes"));
        Assert.That(provision.Text, Does.StartWith($"§ {section}."));
        Assert.That(provision.Notes, Does.StartWith("(").And.Contain("Pub. L.").And.Contain("Stat."), "the source credit opens the notes");
    }

    [Test]
    public void Mexican_reform_notes_are_notes_not_article_text()
    {
        var statute = SegmentedCorpus.Get(Mexico);
        foreach (var number in Enumerable.Range(1, 7).Select(n => $"211 bis {n}"))
        {
            var provision = statute.Single(number);
            Assert.That(provision.Text, Does.Not.Contain("DOF"), number);
            Assert.That(provision.Text, Does.StartWith($"Artículo {number}."), number);
            Assert.That(provision.Notes, Does.Contain("Artículo adicionado DOF 17-05-1999"), number);
        }
        Assert.That(statute.Single("211 bis 1").Divisions, Does.Contain("Acceso ilícito a sistemas y equipos de informática"));
    }

    [Test]
    public void Ecuadorian_concordances_case_law_and_reform_notes_are_notes()
    {
        var statute = SegmentedCorpus.Get(Ecuador);
        foreach (var number in new[] { "229", "230", "231", "232", "233", "234" })
        {
            var provision = statute.Single(number);
            Assert.That(provision.Text, Does.Not.Contain("CONCORDANCIAS").And.Not.Contain("JURISPRUDENCIA").And.Not.Contain("Nota:"), number);
            Assert.That(provision.Text, Does.StartWith($"Art. {number}.-"), number);
        }
        Assert.That(statute.Single("229").Notes, Does.StartWith("CONCORDANCIAS:"));
        Assert.That(statute.Single("230").Notes, Does.Contain("Nota: Artículo sustituido").And.Contain("JURISPRUDENCIA:"));
    }

    [Test]
    public void Colombian_article_text_starts_at_its_own_heading_and_the_signatures_stand_apart()
    {
        var statute = SegmentedCorpus.Get(Colombia);
        var article = statute.Single("269A");
        Assert.That(article.Text, Does.StartWith("Artículo 269A. ACCESO ABUSIVO A UN SISTEMA INFORMÁTICO."));
        Assert.That(article.Divisions, Does.StartWith("CAPITULO PRIMERO"));
        Assert.That(statute.Single("4").Text, Does.Not.Contain("Publíquese"));
        Assert.That(statute.Single(ProvisionKinds.Signature).Text, Does.Contain("Publíquese y cúmplase"));
    }

    [Test]
    public void Suin_page_gives_a_consolidated_and_an_as_published_edition_and_the_ruling_as_an_annex()
    {
        var statute = SegmentedCorpus.Get(Suin1712);
        var articles = statute.Articles;
        var expected = Enumerable.Range(1, 33).Select(n => n.ToString());
        Assert.That(articles.Where(p => p.Edition is null).Select(p => p.Number), Is.EqualTo(expected), "consolidated");
        Assert.That(articles.Where(p => p.Edition == Editions.Published).Select(p => p.Number), Is.EqualTo(expected), "as published");
        Assert.That(articles.Where(p => p.Edition == Editions.Published).Select(p => p.Slug), Has.All.EndsWith("@published"));

        var current = articles.Single(p => p.Number == "18" && p.Edition is null);
        var published = articles.Single(p => p.Number == "18" && p.Edition == Editions.Published);
        Assert.That(published.Text, Is.Not.EqualTo(current.Text), "art. 18 was corrected after publication");
        Assert.That(current.Notes, Does.Contain(published.Text.Split('\n')[0]), "the earlier wording is also in the notes");

        var annex = statute.Provisions.Where(p => p.Kind == ProvisionKinds.Annex).ToList();
        Assert.That(annex, Has.Count.EqualTo(1));
        Assert.That(annex[0].Text, Does.StartWith("SENTENCIA NÚMERO C-274 DE 2013").And.Contain("II. TEXTO DE LA NORMA"));
        Assert.That(statute.Report.Repeats, Has.Some.StartWith("18: earlier wording"));
    }

    [Test]
    public void No_statute_invents_a_number_and_every_told_apart_number_is_in_the_report()
    {
        Assert.Multiple(() =>
        {
            foreach (var (source, statute) in SegmentedCorpus.Statutes)
            {
                Assert.That(statute.Provisions.Select(p => p.Number).Where(n => n.Contains("copy", StringComparison.Ordinal)), Is.Empty, source);
                foreach (var article in statute.Articles)
                {
                    var told = QuotedOrTranslated().Match(article.Number);
                    Assert.That(BareNumber().IsMatch(told.Success ? told.Groups["n"].Value : article.Number), Is.True, $"{source}: {article.Number}");
                    if (told.Success) Assert.That(statute.Report.Repeats, Has.Some.StartWith($"{told.Groups["n"].Value}:"), $"{source}: {article.Number}");
                }
                var repeated = statute.Articles.Where(p => p.Edition is null).GroupBy(p => p.Number).Where(g => g.Count() > 1).Select(g => g.Key);
                Assert.That(repeated, Is.Empty, $"{source}: a number twice in one edition");
            }
        });
    }

    /// <summary>"230 (art. 5)": quoted by an amending article; "2 nl": the second language of a bilingual file.</summary>
    [GeneratedRegex(@"^(?<n>.+?) (?:\(art\. [^)]+\)|[a-z]{2})$")]
    private static partial Regex QuotedOrTranslated();

    /// <summary>An article number as DESIGN.md normalizes it: "269A", "154-A", "211 bis 1", "162.1", "268 (1)"; US "§§ 221, 222" ranges.</summary>
    [GeneratedRegex(@"^(?:\d[\dA-Z.\-]*(?: (?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies|undecies|duodecies)(?: \d+)?)?(?: \(\d+\))?(?:(?i: to | and | through )|,? |$))+$")]
    private static partial Regex BareNumber();
}

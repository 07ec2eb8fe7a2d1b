using System.Text.RegularExpressions;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Extraction;

/// <summary>Reading order, running headers and de-hyphenation on the real PDFs.</summary>
[TestFixture]
public sealed partial class PdfLayoutTests
{
    private const string ChapterSixPdf = "docs/us/uscode-2024-title6-chap6-cybersecurity.pdf";
    private const string ChapterSixHtml = "docs/us/uscode-2024-title6-chap6-cybersecurity.htm";
    private const string MexicanPenalCode = "docs/mx/codigo-penal-federal-dof-2024-06-07.pdf";

    [TestCase("1501")]
    [TestCase("1534")]
    public void Two_column_US_Code_keeps_a_section_heading_and_first_sentence_together(string section)
    {
        var html = Flatten(ExtractedCorpus.Get(ChapterSixHtml).Text);
        var start = html.IndexOf($"§{section}. ", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "section not in the HTML twin");
        var firstSentenceEnd = html.IndexOf(". ", html.IndexOf(' ', start + section.Length + 3) + 20, StringComparison.Ordinal);
        var expected = html[start..(firstSentenceEnd + 1)];

        Assert.That(Flatten(ExtractedCorpus.Get(ChapterSixPdf).Text), Does.Contain(expected));
    }

    [Test]
    public void Two_column_Haitian_gazette_keeps_each_column_whole()
    {
        var text = Flatten(ExtractedCorpus.Get("docs/ht/le-moniteur-1936-no40-two-column-ocr.pdf").Text);
        Assert.That(text, Does.Contain("Les marchandises, articles ou produits importés, admis à jouir du bénéfice du tarif minimum"));
    }

    [Test]
    public void No_line_of_the_Mexican_penal_code_repeats_on_more_than_half_of_its_pages()
    {
        var extracted = ExtractedCorpus.Get(MexicanPenalCode).Extracted!;
        var repeated = extracted.Blocks
            .GroupBy(b => b.Text)
            .Select(g => (Line: g.Key, Pages: g.Select(b => b.Page).Distinct().Count()))
            .Where(l => l.Pages > extracted.PageCount / 2)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(extracted.PageCount, Is.EqualTo(348));
            Assert.That(repeated, Is.Empty);
            Assert.That(extracted.CurrentText, Does.Not.Contain("Página 1 de 348"));
            Assert.That(extracted.CurrentText, Does.Contain("Artículo 211 bis 1"));
        });
    }

    [Test]
    public void Hyphenated_words_are_joined_onto_the_first_line()
    {
        var lines = ExtractedCorpus.Get(ChapterSixPdf).Text;
        var text = Flatten(lines);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("means the Commissioner of U.S. Customs and Border Protection"));
            Assert.That(text, Does.Contain("crimes against children by buyers or traffickers in persons"));
            Assert.That(lines, Does.Not.Match(@"\bCom-\n"));
            Assert.That(text, Does.Contain("non-Federal"), "a real compound keeps its hyphen");
        });
    }

    [TestCase("informá-", "tico del sistema", "informático", "del sistema")]
    [TestCase("traf-", "fickers in persons", "traffickers", "in persons")]
    [TestCase("non-", "Federal entity", "non-Federal", "entity")]
    [TestCase("Art. 154-", "A. Invasión", "Art. 154-A.", "Invasión")]
    public void A_hyphen_at_a_line_end_is_resolved_against_the_text(string first, string second, string expectedEnd, string expectedRest)
    {
        IReadOnlySet<string> vocabulary = new HashSet<string> { "informático", "entity" };
        var joined = Dehyphenator.TryJoin(first, second, vocabulary);
        Assert.That(joined, Is.Not.Null);
        Assert.That(joined!.Value.First, Does.EndWith(expectedEnd));
        Assert.That(joined.Value.Remainder, Is.EqualTo(expectedRest));
    }

    [Test]
    public void A_dash_after_an_article_number_is_not_a_hyphenation()
    {
        Assert.That(Dehyphenator.TryJoin("Artículo 5.-", "El que", new HashSet<string>()), Is.Null);
    }

    [Test]
    public void Every_block_of_a_PDF_carries_its_page_and_articles_start_their_own_block()
    {
        var extracted = ExtractedCorpus.Get("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf").Extracted!;
        Assert.Multiple(() =>
        {
            Assert.That(extracted.Blocks.Select(b => b.Page).Distinct(), Is.EquivalentTo(new[] { 1, 2, 3, 4 }));
            Assert.That(extracted.Blocks.Select(b => b.Page), Is.Ordered);
            Assert.That(extracted.Blocks.Count(b => b.Text.StartsWith("Artículo 269A", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(extracted.Ocr, Is.False);
        });
    }

    [Test]
    public void Paragraph_breaks_survive_one_block_per_line()
    {
        var blocks = ExtractedCorpus.Get("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf").Extracted!.Blocks.ToList();
        var article = blocks.FindIndex(b => b.Text.StartsWith("Artículo 269A", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(blocks[article].StartsParagraph, Is.True);
            Assert.That(blocks[article + 1].StartsParagraph, Is.False, blocks[article + 1].Text);
            Assert.That(blocks.Count(b => b.StartsParagraph), Is.InRange(blocks.Count / 20, blocks.Count / 2));
        });
    }

    [Test]
    public void A_truncated_PDF_is_a_clear_error()
    {
        var bytes = File.ReadAllBytes(TestPaths.CorpusFile("docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf"));
        var path = Path.Combine(TestPaths.NewTempFolder("truncated"), "truncated.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
        var document = CorpusDocuments.Get("docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf") with { LocalPath = path };

        var error = Assert.Throws(Is.InstanceOf<ExtractionException>(), () => new PdfExtractor(new ExtractionOptions(EnableOcr: false)).Extract(document));
        TestContext.Out.WriteLine(error!.Message);
        Assert.That(error.Message, Does.Match("PDF|page"));
    }

    [Test]
    public void A_file_that_is_not_a_PDF_at_all_is_a_clear_error()
    {
        var path = Path.Combine(TestPaths.NewTempFolder("corrupt"), "corrupt.pdf");
        File.WriteAllText(path, "<html>this is not a PDF</html>");
        var document = CorpusDocuments.Get("docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf") with { LocalPath = path };

        var error = Assert.Throws(Is.InstanceOf<ExtractionException>(), () => new PdfExtractor(ExtractionOptions.Default).Extract(document));
        Assert.That(error!.Message, Does.StartWith("not a readable PDF"));
    }

    /// <summary>One line, "§ 1501" written "§1501", typographic quotes as straight ones.</summary>
    private static string Flatten(string text) =>
        Whitespace().Replace(text.Replace("‘‘", "\"").Replace("’’", "\"").Replace("“", "\"").Replace("”", "\"").Replace("§ ", "§"), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

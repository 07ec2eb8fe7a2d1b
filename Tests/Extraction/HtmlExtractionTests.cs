using System.Text;
using HtmlAgilityPack;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Html;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Extraction;

/// <summary>HTML on the real pages: encodings decoded by us, boilerplate dropped, revoked wording kept out of the current text.</summary>
[TestFixture]
public sealed class HtmlExtractionTests
{
    private const string Lgpd = "docs/br/lei-13709-2018-lgpd-planalto.html";

    [TestCase("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf", "informático")]
    [TestCase("docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf", "protección")]
    [TestCase("docs/co/ley-1712-2014-transparencia-acceso-informacion-suin.html", "información pública")]
    [TestCase("docs/co/corte-constitucional-sentencia-c-032-18-windows1252.html", "Constitución")]
    [TestCase("docs/br/lei-14133-2021-licitacoes-planalto-cp1252.html", "licitações")]
    [TestCase("docs/ar/decreto-999-1992-frontpage-msnavigation-latin1.htm", "Apruébase el reglamento")]
    [TestCase("docs/ht/constitution-haiti-1987-digitheque-mjp.htm", "République")]
    public void Accented_words_come_out_whole(string source, string expected)
    {
        Assert.That(ExtractedCorpus.Get(source).Text, Does.Contain(expected));
    }

    [Test]
    public void A_SUIN_page_declaring_utf16_is_read_as_the_UTF8_it_is()
    {
        var bytes = File.ReadAllBytes(TestPaths.CorpusFile("docs/co/ley-1527-2012-libranza-suin.html"));
        Assert.That(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4000)), Does.Contain("utf-16").IgnoreCase);
        Assert.That(HtmlDecoder.Decode(bytes), Does.Contain("Artículo"));
    }

    /// <summary>
    /// Wording that appears only struck out (not re-enacted word for word in force) must not be in the current
    /// text; the struck-out lists are computed independently from the page's markup.
    /// </summary>
    [Test]
    public void Struck_out_Planalto_wording_is_marked_revoked_and_kept_out_of_the_current_text()
    {
        var html = new HtmlDocument();
        html.LoadHtml(HtmlDecoder.Decode(File.ReadAllBytes(TestPaths.CorpusFile(Lgpd))));
        var struckNodes = html.DocumentNode.SelectNodes("//strike|//s|//del|//*[contains(@style,'line-through')]")!.ToList();
        var struck = struckNodes.Select(n => Plain(n.InnerText)).Where(t => t.Length >= 60).ToList();
        foreach (var node in struckNodes) node.Remove();
        var inForce = Plain(html.DocumentNode.InnerText);
        var onlyStruck = struck.Where(t => !inForce.Contains(t, StringComparison.Ordinal)).ToList();

        var extracted = ExtractedCorpus.Get(Lgpd).Extracted!;
        var current = Plain(extracted.CurrentText);
        Assert.Multiple(() =>
        {
            Assert.That(onlyStruck, Is.Not.Empty);
            Assert.That(extracted.Blocks.Count(b => b.Revoked), Is.GreaterThanOrEqualTo(onlyStruck.Count / 2));
            foreach (var wording in onlyStruck) Assert.That(current, Does.Not.Contain(wording));
            Assert.That(current, Does.Contain("Art. 20. O titular dos dados tem direito a solicitar a revisão de decisões"));
        });
    }

    private static string Plain(string text) => TextNormalizer.CleanInline(System.Net.WebUtility.HtmlDecode(text));

    [Test]
    public void FrontPage_navigation_tables_do_not_reach_the_text()
    {
        var extracted = ExtractedCorpus.Get("docs/ar/decreto-999-1992-frontpage-msnavigation-latin1.htm").Extracted!;
        Assert.Multiple(() =>
        {
            Assert.That(extracted.CurrentText, Does.Not.Contain("msnavigation"));
            Assert.That(extracted.Blocks.Select(b => b.Text), Has.Some.StartsWith("Art. 1º - Apruébase el reglamento"));
        });
    }

    [Test]
    public void Headings_are_heading_blocks()
    {
        var extracted = ExtractedCorpus.Get("docs/us/uscode-2024-title6-chap6-cybersecurity.htm").Extracted!;
        Assert.That(extracted.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text), Has.Some.Contains("1501. Definitions"));
    }

    [Test]
    public void A_page_in_an_unknown_encoding_is_a_clear_error()
    {
        var folder = TestPaths.NewTempFolder("encoding");
        var path = Path.Combine(folder, "klingon.html");
        var body = new byte[] { 0x41, 0x72, 0x74, 0xED, 0x63, 0x75, 0x6C, 0x6F, 0xFF, 0xFE, 0x81 };
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"x-klingon\"></head><body><p>"), .. body, .. Encoding.ASCII.GetBytes("</p></body></html>")]);
        var document = new SourceDocument(path, "klingon.html", new StatuteMetadata("XX", "es", "test", null, null));

        var error = Assert.Throws<ExtractionException>(() => new HtmlExtractor().Extract(document));
        Assert.That(error!.Message, Does.Contain("unknown character encoding 'x-klingon'"));
    }

    [Test]
    public void A_page_of_UTF16_without_byte_order_mark_is_a_clear_error()
    {
        var path = Path.Combine(TestPaths.NewTempFolder("encoding"), "utf16.html");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes("<html><body><p>Artículo 1</p></body></html>"));
        var document = new SourceDocument(path, "utf16.html", new StatuteMetadata("XX", "es", "test", null, null));

        var error = Assert.Throws<ExtractionException>(() => new HtmlExtractor().Extract(document));
        Assert.That(error!.Message, Does.StartWith("unknown character encoding"));
    }
}

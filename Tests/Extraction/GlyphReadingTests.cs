using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LegalSearch.Tests.Extraction;

/// <summary>
/// The text layer as <see cref="GlyphPageFactory"/> reads it: PDFs written here in an awkward drawing order,
/// and real scans told apart from pages whose glyphs are drawn as paths.
/// </summary>
[TestFixture]
public sealed class GlyphReadingTests
{
    private const double FontSize = 11;

    // The writer's standard Helvetica has no accents, so these pages are plain ASCII; the corpus tests cover accents.
    [Test]
    public void Lines_drawn_bottom_first_and_words_drawn_right_to_left_come_out_in_reading_order()
    {
        string[] lines = ["Articulo 269A. Acceso abusivo a un sistema informatico.", "El que sin autorizacion acceda", "a un sistema protegido."];
        var pdf = Write(page =>
        {
            // Last line first; in each line the last word first.
            for (var row = lines.Length - 1; row >= 0; row--)
            {
                var words = lines[row].Split(' ');
                var x = new double[words.Length];
                for (var w = 1; w < words.Length; w++) x[w] = x[w - 1] + Width(page, words[w - 1] + " ");
                for (var w = words.Length - 1; w >= 0; w--) page.page.AddText(words[w], FontSize, new PdfPoint(72 + x[w], 700 - row * 16), page.font);
            }
        });

        var read = Read(pdf);

        Assert.That(read, Is.EqualTo(lines));
    }

    [Test]
    public void A_page_with_thousands_of_glyphs_keeps_every_line_whole()
    {
        var lines = Enumerable.Range(1, 45).Select(i => $"Line {i:D2}: the quick brown fox jumps over the lazy dog, section 154-A, {i * 7} times.").ToList();
        var pdf = Write(page =>
        {
            for (var i = 0; i < lines.Count; i++) page.page.AddText(lines[i], 8, new PdfPoint(40, 800 - i * 17), page.font);
        });

        var read = Read(pdf);

        Assert.Multiple(() =>
        {
            Assert.That(lines.Sum(l => l.Length), Is.GreaterThan(3000), "more glyphs than the first pooled buffer holds");
            Assert.That(read, Is.EqualTo(lines));
        });
    }

    [Test]
    public void A_scanned_page_is_told_from_a_page_drawn_with_paths()
    {
        var scan = PdfTextLayer.Read(TestPaths.CorpusFile("docs/ht/le-moniteur-2006-no53-scan-no-text.pdf"), 1, CancellationToken.None);
        var paths = PdfTextLayer.Read(TestPaths.CorpusFile("docs/co/ley-527-1999-comercio-electronico-senado-print-to-pdf-no-text.pdf"), 1, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(scan.Select(p => (p.Kind, p.HasScan)), Is.All.EqualTo((PageTextKind.Empty, true)));
            Assert.That(paths.Select(p => p.HasScan), Is.All.False, "glyphs drawn as vector paths are not an image");
        });
    }

    private static byte[] Write(Action<(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        draw((page, font));
        return builder.Build();
    }

    private static double Width((PdfPageBuilder page, PdfDocumentBuilder.AddedFont font) page, string text)
    {
        var letters = page.page.MeasureText(text, FontSize, new PdfPoint(0, 0), page.font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private static IReadOnlyList<string> Read(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"legalsearch-glyphs-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return PdfTextLayer.Read(path, 1, CancellationToken.None).SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}

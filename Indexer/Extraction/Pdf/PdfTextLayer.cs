using UglyToad.PdfPig;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>One page as its text layer gives it: lines in reading order, and whether that layer is usable.</summary>
/// <param name="HasImages">True when the page draws images (a scan to OCR, when it has no usable text).</param>
internal sealed record PdfPageText(int Number, IReadOnlyList<PdfLine> Lines, PageTextKind Kind, bool HasImages)
{
    /// <summary>A scanned page without text, or a page whose text layer is garbage.</summary>
    public bool NeedsOcr => Kind == PageTextKind.Garbled || (Kind == PageTextKind.Empty && HasImages);
}

/// <summary>Reads every page's text layer with PdfPig and judges it; a file PdfPig cannot open is a clear error.</summary>
internal static class PdfTextLayer
{
    private static readonly ParsingOptions Parsing = new() { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };

    public static IReadOnlyList<PdfPageText> Read(string path, CancellationToken cancellationToken)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(path, Parsing);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExtractionException($"not a readable PDF ({ex.GetType().Name}: {ex.Message})", ex);
        }

        using (pdf)
        {
            var pages = new List<PdfPageText>(pdf.NumberOfPages);
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(ReadPage(pdf, number));
            }
            if (pages.Count == 0) throw new ExtractionException("PDF has no pages");
            return pages;
        }
    }

    private static PdfPageText ReadPage(PdfDocument pdf, int number)
    {
        try
        {
            var page = pdf.GetPage(number);
            var lines = PageLines.Read(page);
            var kind = TextLayerQuality.Assess(lines.Select(l => l.Text));
            return new PdfPageText(number, lines, kind, kind != PageTextKind.Text && page.NumberOfImages > 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExtractionException($"page {number} could not be read ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}

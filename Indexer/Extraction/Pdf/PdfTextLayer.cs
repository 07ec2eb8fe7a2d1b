using UglyToad.PdfPig;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>One page as its text layer gives it: lines in reading order, and whether that layer is usable.</summary>
/// <param name="HasScan">True when an image covers a good part of the page (a scan to OCR, when it has no usable text).</param>
internal sealed record PdfPageText(int Number, IReadOnlyList<PdfLine> Lines, PageTextKind Kind, bool HasScan)
{
    /// <summary>A scanned page without text, or a page whose text layer is garbage.</summary>
    public bool NeedsOcr => Kind == PageTextKind.Garbled || (Kind == PageTextKind.Empty && HasScan);
}

/// <summary>
/// Reads every page's text layer with PdfPig, as <see cref="GlyphPage"/>s (glyph structs, not PdfPig's letter
/// objects: see bench/README.md), and judges it. A file's pages may be read by a few workers at once, each with
/// its own <see cref="PdfDocument"/> over the same bytes (a PdfDocument is not thread-safe); the indexer uses one
/// per file, as it reads files in parallel. A file PdfPig cannot open is a clear error.
/// </summary>
internal static class PdfTextLayer
{
    private const int MinPagesPerWorker = 8;
    private const double ScanAreaShare = 0.3;

    private static readonly ParsingOptions Parsing = new() { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };

    public static IReadOnlyList<PdfPageText> Read(string path, int parallelism, CancellationToken cancellationToken, int maxPages = 10_000)
    {
        var bytes = File.ReadAllBytes(path);
        var pageCount = PageCount(bytes);
        if (pageCount > maxPages) throw new ExtractionException($"PDF claims {pageCount:N0} pages, more than the {maxPages:N0} accepted");
        var pages = new PdfPageText[pageCount];
        var next = 0;
        var workers = Math.Clamp(pageCount / MinPagesPerWorker, 1, Math.Max(1, parallelism));
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ =>
            {
                using var pdf = Open(bytes);
                for (var index = Interlocked.Increment(ref next) - 1; index < pageCount; index = Interlocked.Increment(ref next) - 1)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    pages[index] = ReadPage(pdf, index + 1);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is ExtractionException or OperationCanceledException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
        return pages;
    }

    private static int PageCount(byte[] bytes)
    {
        using var pdf = Open(bytes);
        if (pdf.NumberOfPages == 0) throw new ExtractionException("PDF has no pages");
        return pdf.NumberOfPages;
    }

    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            var pdf = PdfDocument.Open(bytes, Parsing);
            pdf.AddPageFactory<GlyphPage, GlyphPageFactory>();
            return pdf;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExtractionException($"not a readable PDF ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    /// <summary>True when one image covers at least 30 % of the page (a logo or a stamp does not make a scan).</summary>
    private static bool HasScan(GlyphPage page) => page.LargestImageShare >= ScanAreaShare;

    private static PdfPageText ReadPage(PdfDocument pdf, int number)
    {
        try
        {
            using var page = pdf.GetPage<GlyphPage>(number);
            var lines = PageLines.Read(page);
            var kind = TextLayerQuality.Assess(lines.Where(l => l.Zone == LineZone.Body).Select(l => l.Text));
            return new PdfPageText(number, lines, kind, kind != PageTextKind.Text && HasScan(page));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExtractionException($"page {number} could not be read ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}

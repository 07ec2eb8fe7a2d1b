using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction.Ocr;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// PDF text as a pipeline: text layer per page (<see cref="PdfTextLayer"/>: glyphs → rows → words → columns),
/// OCR for scanned or garbled pages, then document-wide clean-up (running headers, de-hyphenation).
/// Emits one block per visual line, with its page number.
/// </summary>
public sealed class PdfExtractor(ExtractionOptions options, PageOcr? ocr = null) : IExtractor
{
    /// <summary>Below this share of pages needing OCR, those pages are skipped (with a warning) when OCR is off.</summary>
    private const double SkippablePageShare = 0.1;

    private readonly PageOcr pageOcr = ocr ?? new PageOcr(new TesseractOcr(), new OcrCache(options.OcrCacheDirectory));

    public bool CanExtract(SourceDocument document) =>
        string.Equals(Path.GetExtension(document.LocalPath), ".pdf", StringComparison.OrdinalIgnoreCase);

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default) =>
        ExtractWithReport(document, cancellationToken).Document;

    /// <summary>The extraction plus what the clean-up removed, for the benchmark and the fidelity tests.</summary>
    internal PdfExtraction ExtractWithReport(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var pages = PdfTextLayer.Read(document.LocalPath, options.EffectivePdfParallelism, cancellationToken, options.Limits.MaxPdfPages);
        var warnings = new List<string>();
        var recognised = RecognisePages(document, pages, warnings, cancellationToken);

        var lines = pages
            .SelectMany(p => recognised.TryGetValue(p.Number, out var ocrLines) ? ocrLines : p.Kind == PageTextKind.Garbled ? [] : p.Lines)
            .ToList();
        if (lines.Count == 0) throw new ExtractionException("PDF has no text on any page");

        var body = RunningHeaderFilter.Remove(lines, pages.Count);
        var (cleaned, joins) = Dehyphenator.Join(body);
        var blocks = cleaned
            .Select((l, i) => new TextBlock(l.Text, BlockKind.Paragraph, l.Page, StartsParagraph: i == 0 || l.ParagraphStart || ProvisionOpeningLine.Matches(l.Text)))
            .ToList();
        var removedWords = lines.Sum(l => WordCount.Of(l.Text)) - body.Sum(l => WordCount.Of(l.Text));
        return new PdfExtraction(new ExtractedDocument(blocks, pages.Count, recognised.Count > 0, warnings), removedWords, joins);
    }

    private IReadOnlyDictionary<int, IReadOnlyList<PdfLine>> RecognisePages(
        SourceDocument document, IReadOnlyList<PdfPageText> pages, List<string> warnings, CancellationToken cancellationToken)
    {
        // A file with no usable text at all may draw its glyphs as paths rather than images: OCR every page then.
        var noText = pages.All(p => p.Kind != PageTextKind.Text);
        var needed = pages.Where(p => p.NeedsOcr || (noText && p.Kind == PageTextKind.Empty)).Select(p => p.Number).ToList();
        if (needed.Count == 0) return new Dictionary<int, IReadOnlyList<PdfLine>>();

        if (!options.EnableOcr || !pageOcr.IsAvailable)
        {
            var garbled = pages.Count(p => p.Kind == PageTextKind.Garbled);
            var reason = options.EnableOcr ? pageOcr.MissingToolsDescription : "OCR is disabled";
            if (needed.Count > SkippablePageShare * pages.Count)
            {
                throw new NeedsOcrException(
                    $"needs OCR: {needed.Count} of {pages.Count} pages have no usable text layer ({garbled} garbled); {reason}");
            }
            warnings.Add($"pages {string.Join(", ", needed)} have no usable text layer and were skipped ({reason})");
            return new Dictionary<int, IReadOnlyList<PdfLine>>();
        }

        // IExtractor is synchronous; the OCR tools run as child processes, so block this worker on them here, once.
        var texts = Task.Run(() => pageOcr.RecognizeAsync(document.LocalPath, needed, document.Metadata.Language, cancellationToken), cancellationToken)
            .GetAwaiter().GetResult();
        return texts.ToDictionary(t => t.Key, t => OcrLines.From(t.Value, t.Key));
    }
}

/// <summary>A PDF's extraction, the words dropped as running headers, footers and page numbers, and the hyphenated words joined.</summary>
internal sealed record PdfExtraction(ExtractedDocument Document, int RemovedRunningWords, int JoinedHyphenations);

using LegalSearch.Indexer.Domain;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>PDF text through PdfPig's content-order extraction (never page.Text, which glues words).</summary>
public sealed class PdfExtractor(ExtractionOptions options) : IExtractor
{
    private const int MinLettersForTextLayer = 20;

    public bool CanExtract(SourceDocument document) =>
        string.Equals(Path.GetExtension(document.LocalPath), ".pdf", StringComparison.OrdinalIgnoreCase);

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(document.LocalPath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExtractionException($"not a readable PDF: {ex.Message}", ex);
        }

        using (pdf)
        {
            var blocks = new List<TextBlock>();
            var emptyPages = 0;
            for (var pageNumber = 1; pageNumber <= pdf.NumberOfPages; pageNumber++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string text;
                try
                {
                    text = ContentOrderTextExtractor.GetText(pdf.GetPage(pageNumber), addDoubleNewline: true);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new ExtractionException($"page {pageNumber} could not be read: {ex.Message}", ex);
                }

                if (text.Count(char.IsLetter) < MinLettersForTextLayer) emptyPages++;
                foreach (var line in text.Split('\n'))
                {
                    var clean = TextNormalizer.Clean(line);
                    if (clean.Length > 0) blocks.Add(new TextBlock(clean, BlockKind.Paragraph, pageNumber));
                }
            }

            if (emptyPages * 2 > pdf.NumberOfPages)
            {
                throw new NeedsOcrException(
                    $"needs OCR: {emptyPages} of {pdf.NumberOfPages} pages have no text layer" +
                    (options.EnableOcr ? "" : " (OCR disabled)"));
            }

            return new ExtractedDocument(blocks, pdf.NumberOfPages, false, []);
        }
    }
}

namespace LegalSearch.Indexer.Extraction;

/// <param name="EnableOcr">Run Tesseract on pages without a usable text layer (when installed).</param>
/// <param name="OcrCacheDirectory">Where OCR output is cached by file sha256 and page; null = no cache.</param>
public sealed record ExtractionOptions(bool EnableOcr = true, string? OcrCacheDirectory = null)
{
    public static ExtractionOptions Default { get; } = new();
}

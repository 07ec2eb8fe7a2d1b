namespace LegalSearch.Indexer.Extraction;

/// <param name="EnableOcr">Run Tesseract on pages without a usable text layer (when installed).</param>
/// <param name="OcrCacheDirectory">Where OCR output is cached by file sha256 and page; null = no cache.</param>
/// <param name="PdfParallelism">
/// How many pages of one PDF are read at once (each worker opens its own PdfDocument). The indexing pipeline
/// already reads files in parallel, so the default is 1; the benchmark measured 2 workers slower on a busy 2-core box.
/// </param>
/// <param name="SizeLimits">Bounds on one file; null = <see cref="Extraction.SizeLimits.Default"/>.</param>
public sealed record ExtractionOptions(bool EnableOcr = true, string? OcrCacheDirectory = null, int PdfParallelism = 1, SizeLimits? SizeLimits = null)
{
    public static ExtractionOptions Default { get; } = new();

    public SizeLimits Limits => SizeLimits ?? Extraction.SizeLimits.Default;

    internal int EffectivePdfParallelism => Math.Max(1, PdfParallelism);
}

namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>
/// OCRs a set of pages of one PDF, a few at a time, through the cache: cached pages cost nothing, the others
/// go to <see cref="TesseractOcr"/> and are stored as soon as each is read.
/// </summary>
public sealed class PageOcr(TesseractOcr engine, OcrCache cache, int parallelPages = 2)
{
    public bool IsAvailable => engine.IsAvailable;

    public string MissingToolsDescription => engine.MissingToolsDescription;

    public async Task<IReadOnlyDictionary<int, string>> RecognizeAsync(
        string pdfPath, IReadOnlyCollection<int> pages, string? language, CancellationToken cancellationToken)
    {
        var tesseractLanguage = OcrLanguages.For(language);
        var sha256 = OcrCache.Sha256Of(pdfPath);
        var texts = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        await Parallel.ForEachAsync(
            pages,
            new ParallelOptions { MaxDegreeOfParallelism = parallelPages, CancellationToken = cancellationToken },
            async (page, token) =>
            {
                if (!cache.TryGet(sha256, page, tesseractLanguage, out var text))
                {
                    text = await engine.RecognizeAsync(pdfPath, page, tesseractLanguage, token).ConfigureAwait(false);
                    cache.Put(sha256, page, tesseractLanguage, text);
                }
                texts[page] = text;
            }).ConfigureAwait(false);
        return texts;
    }
}

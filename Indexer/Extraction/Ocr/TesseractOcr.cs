namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>
/// OCR of single PDF pages: `pdftoppm -r 200 -gray` renders the page, `tesseract` reads it in the statute's
/// language with OMP_THREAD_LIMIT=1 (we parallelise across pages instead). Paths of the tools can be overridden.
/// </summary>
public sealed class TesseractOcr(string tesseract = "tesseract", string pdftoppm = "pdftoppm")
{
    private const string Resolution = "200";

    private static readonly Dictionary<string, string> SingleThreaded = new() { ["OMP_THREAD_LIMIT"] = "1" };

    public bool IsAvailable => ExternalProcess.IsInstalled(tesseract) && ExternalProcess.IsInstalled(pdftoppm);

    public string MissingToolsDescription => IsAvailable ? "" : $"'{tesseract}' or '{pdftoppm}' is not installed";

    /// <summary>The recognised text of page <paramref name="page"/> (1-based), lines separated by '\n'.</summary>
    public async Task<string> RecognizeAsync(string pdfPath, int page, string language, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("legalsearch-ocr-");
        try
        {
            var image = await RenderAsync(pdfPath, page, folder.FullName, cancellationToken).ConfigureAwait(false);
            var result = await ExternalProcess.RunAsync(
                tesseract, [image, "stdout", "-l", language], SingleThreaded, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw new ExtractionException($"tesseract failed on page {page} ({language}): {FirstLine(result.StandardError)}");
            }
            return result.StandardOutput;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<string> RenderAsync(string pdfPath, int page, string folder, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(folder, "page");
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = await ExternalProcess.RunAsync(
            pdftoppm, ["-r", Resolution, "-gray", "-png", "-f", number, "-l", number, pdfPath, prefix],
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var image = Directory.EnumerateFiles(folder, "page*.png").FirstOrDefault();
        if (result.ExitCode != 0 || image is null)
        {
            throw new ExtractionException($"pdftoppm could not render page {page}: {FirstLine(result.StandardError)}");
        }
        return image;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "no message" : line;
    }
}

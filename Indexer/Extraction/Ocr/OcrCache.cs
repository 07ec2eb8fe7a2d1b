using System.Security.Cryptography;

namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>
/// OCR output on disk, keyed by the file's sha256, the page number and the Tesseract language, so a re-run
/// (or the same file under another name) never pays for OCR twice. A null directory disables caching.
/// </summary>
public sealed class OcrCache(string? directory)
{
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public bool TryGet(string sha256, int page, string language, out string text)
    {
        text = "";
        if (directory is null) return false;
        var path = PathFor(sha256, page, language);
        if (!File.Exists(path)) return false;
        text = File.ReadAllText(path);
        return true;
    }

    public void Put(string sha256, int page, string language, string text)
    {
        if (directory is null) return;
        var path = PathFor(sha256, page, language);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathFor(string sha256, int page, string language) =>
        Path.Combine(directory!, sha256[..2], sha256, $"p{page:D4}.{language}.txt");
}

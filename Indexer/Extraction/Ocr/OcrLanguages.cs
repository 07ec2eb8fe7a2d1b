namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>Maps a statute's ISO 639-1 language to Tesseract's traineddata name.</summary>
public static class OcrLanguages
{
    private static readonly Dictionary<string, string> Tesseract = new(StringComparer.OrdinalIgnoreCase)
    {
        ["es"] = "spa",
        ["pt"] = "por",
        ["fr"] = "fra",
        ["en"] = "eng",
        ["nl"] = "nld",
    };

    /// <summary>"es" → "spa"; an unknown or missing language reads with the Latin-script models we ship together.</summary>
    public static string For(string? language) =>
        language is not null && Tesseract.TryGetValue(language, out var code) ? code : "eng+spa+fra+por";
}

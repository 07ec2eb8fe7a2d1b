using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Extraction.Ocr;

/// <summary>Maps a statute's ISO 639-1 language to Tesseract's traineddata name (<see cref="LanguageDefinition.OcrCode"/>).</summary>
public static class OcrLanguages
{
    /// <summary>"es" → "spa"; an unknown or missing language reads with the Latin-script models we ship together.</summary>
    public static string For(string? language) =>
        LanguageRegistry.Find(language?.ToLowerInvariant())?.OcrCode ?? LanguageRegistry.OcrFallback;
}

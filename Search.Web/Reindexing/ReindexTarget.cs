namespace LegalSearch.Web.Reindexing;

/// <summary>What the web app indexes: its index folder and the corpus files/folders (resolved paths), OCR on or off.</summary>
public sealed record ReindexTarget(string IndexPath, IReadOnlyList<string> CorpusPaths, bool Ocr);

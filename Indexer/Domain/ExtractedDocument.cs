namespace LegalSearch.Indexer.Domain;

/// <summary>The output of extraction: clean text blocks in reading order. Segmentation only ever sees this.</summary>
/// <param name="PageCount">Pages for PDFs, 1 for other formats.</param>
/// <param name="Ocr">True when any of the text came from OCR.</param>
/// <param name="Warnings">Non-fatal notes about the extraction (e.g. pages skipped).</param>
public sealed record ExtractedDocument(
    IReadOnlyList<TextBlock> Blocks,
    int PageCount,
    bool Ocr,
    IReadOnlyList<string> Warnings)
{
    public static ExtractedDocument FromBlocks(IReadOnlyList<TextBlock> blocks) => new(blocks, 1, false, []);

    /// <summary>All current (not revoked) text, one block per line.</summary>
    public string CurrentText => string.Join("\n", Blocks.Where(b => !b.Revoked).Select(b => b.Text));
}

using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Bench.Pdf;

/// <summary>Prints the blocks one file extracts to (page, paragraph start, revoked), to look at what segmentation gets.</summary>
internal static class BlockDump
{
    public static void Print(string path, TextWriter output)
    {
        var document = LocalSourceScanner.Scan([path])[0].Document;
        var extracted = ExtractorRegistry.CreateDefault(new ExtractionOptions(EnableOcr: false)).Extract(document);
        foreach (var block in extracted.Blocks)
        {
            output.WriteLine($"[{block.Page,4} {(block.StartsParagraph ? '¶' : ' ')}{(block.Revoked ? 'R' : ' ')} {block.Kind}] {block.Text}");
        }
    }
}

namespace LegalSearch.Indexer.Domain;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
}

/// <summary>One block of clean text (a paragraph, heading, list item...) in reading order.</summary>
/// <param name="Page">1-based page number for paged formats, 1 otherwise.</param>
/// <param name="Revoked">True for struck-out (repealed) wording kept by the source.</param>
/// <param name="StartsParagraph">
/// False for a PDF line that continues the paragraph of the line before (PDFs give one block per visual line);
/// true for every block of the other formats, which are whole paragraphs.
/// </param>
public sealed record TextBlock(string Text, BlockKind Kind = BlockKind.Paragraph, int Page = 1, bool Revoked = false, bool StartsParagraph = true);

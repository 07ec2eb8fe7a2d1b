namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>Where a line sits on its page: the header and footer bands are where running heads live.</summary>
internal enum LineZone
{
    Body,
    Top,
    Bottom,
}

/// <summary>One visual line of a PDF page, in reading order, before document-level clean-up.</summary>
/// <param name="ParagraphStart">True when the line opens a paragraph (a vertical gap wider than the usual line spacing).</param>
internal sealed record PdfLine(string Text, int Page, LineZone Zone, bool ParagraphStart = false);

/// <summary>A word on a page row: its text and horizontal extent in PDF points.</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right);

/// <summary>Letters that share a baseline, grouped into words and sorted left to right.</summary>
internal sealed record TextRow(IReadOnlyList<PdfWord> Words, double Baseline, double Size)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;
}

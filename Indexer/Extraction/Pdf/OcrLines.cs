namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>Tesseract's page text as <see cref="PdfLine"/>s: blank lines mark paragraphs, the first and last lines form the bands.</summary>
internal static class OcrLines
{
    private const int EdgeLines = 2;

    public static IReadOnlyList<PdfLine> From(string text, int page)
    {
        var lines = new List<PdfLine>();
        var paragraphStart = true;
        foreach (var raw in text.Split('\n'))
        {
            var clean = TextNormalizer.Clean(raw);
            if (clean.Length == 0)
            {
                paragraphStart = true;
                continue;
            }
            lines.Add(new PdfLine(clean, page, LineZone.Body, paragraphStart));
            paragraphStart = false;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < EdgeLines) lines[i] = lines[i] with { Zone = LineZone.Top };
            else if (i >= lines.Count - EdgeLines) lines[i] = lines[i] with { Zone = LineZone.Bottom };
        }
        return lines;
    }
}

using System.Text;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// Turns one PDF page into its visual lines in reading order (<see cref="LetterRows"/> → <see cref="ColumnLayout"/>),
/// marking the header/footer bands and paragraph starts (a gap clearly wider than the page's usual line spacing;
/// the first line of a page and a jump to the next column are taken as continuations).
/// </summary>
internal static class PageLines
{
    private const double TopBand = 0.1;
    private const double BottomBand = 0.08;
    private const int EdgeRows = 2;
    private const double ParagraphGap = 1.5;

    public static IReadOnlyList<PdfLine> Read(GlyphPage page)
    {
        var rows = LetterRows.Build(page.Glyphs);
        if (rows.Count == 0) return [];
        var ordered = ColumnLayout.Order(rows);
        var height = page.Height > 0 ? page.Height : rows.Max(r => r.Baseline);
        var highest = rows.Take(EdgeRows).Min(r => r.Baseline);
        var lowest = rows.TakeLast(EdgeRows).Max(r => r.Baseline);
        var spacing = TypicalSpacing(rows);

        var lines = new List<PdfLine>(ordered.Count);
        var buffer = new StringBuilder();
        TextRow? previous = null;
        foreach (var row in ordered)
        {
            var raw = Join(row.Words, buffer);
            var text = TextNormalizer.Clean(raw.EndsWith('\u00AD') ? raw[..^1] + "-" : raw);
            if (text.Length == 0) continue;
            var zone = row.Baseline >= Math.Min(highest, height * (1 - TopBand)) ? LineZone.Top
                : row.Baseline <= Math.Max(lowest, height * BottomBand) ? LineZone.Bottom
                : LineZone.Body;
            var startsParagraph = previous is not null && previous.Baseline - row.Baseline > ParagraphGap * spacing;
            lines.Add(new PdfLine(text, page.Number, zone, startsParagraph));
            previous = row;
        }
        return lines;
    }

    private static string Join(IReadOnlyList<PdfWord> words, StringBuilder buffer)
    {
        if (words.Count == 1) return words[0].Text;
        buffer.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) buffer.Append(' ');
            buffer.Append(words[i].Text);
        }
        return buffer.ToString();
    }

    /// <summary>The usual distance between consecutive baselines on the page (the median of the positive gaps).</summary>
    private static double TypicalSpacing(IReadOnlyList<TextRow> rows)
    {
        var gaps = new List<double>(rows.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            var gap = rows[i - 1].Baseline - rows[i].Baseline;
            if (gap > 0.5) gaps.Add(gap);
        }
        if (gaps.Count == 0) return rows[0].Size * 1.2;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}

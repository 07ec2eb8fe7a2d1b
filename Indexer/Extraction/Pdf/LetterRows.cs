using System.Buffers;
using System.Text;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// First layout stage: glyphs → rows (shared baseline, superscripts folded in) → words (split on space glyphs
/// and on gaps wider than a fraction of the font size). Pure geometry; the content-stream order is ignored,
/// so justified lines keep their word order.
/// </summary>
internal static class LetterRows
{
    private const double RowTolerance = 0.5;
    private const double WordGap = 0.15;
    private const double DuplicateOffset = 0.15;

    public static IReadOnlyList<TextRow> Build(ReadOnlySpan<PageGlyph> glyphs)
    {
        // Sort glyph numbers on primitive keys: far cheaper than moving the glyphs themselves or a comparison delegate.
        var count = glyphs.Length;
        var keys = ArrayPool<double>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
        try
        {
            return Build(glyphs, keys, order);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    private static List<TextRow> Build(ReadOnlySpan<PageGlyph> glyphs, double[] keys, int[] order)
    {
        var count = glyphs.Length;
        for (var i = 0; i < count; i++)
        {
            keys[i] = -glyphs[i].Baseline;
            order[i] = i;
        }
        SortUnlessAscending(keys, order, 0, count);

        var rows = new List<TextRow>();
        var text = new StringBuilder();
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            var size = glyphs[order[start]].Size;
            while (end < count && glyphs[order[start]].Baseline - glyphs[order[end]].Baseline <= RowTolerance * Math.Max(size, glyphs[order[end]].Size))
            {
                size = Math.Max(size, glyphs[order[end]].Size);
                end++;
            }
            var baseline = glyphs[order[(start + end) / 2]].Baseline;
            for (var i = start; i < end; i++) keys[i] = glyphs[order[i]].Left;
            SortUnlessAscending(keys, order, start, end - start);
            var row = BuildRow(glyphs, order.AsSpan(start, end - start), baseline, size, text);
            if (row is not null) rows.Add(row);
            start = end;
        }
        return rows;
    }

    /// <summary>Most rows (and many pages) arrive already in order: checking is linear, sorting is not.</summary>
    private static void SortUnlessAscending(double[] keys, int[] order, int start, int length)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                Array.Sort(keys, order, start, length);
                return;
            }
        }
    }

    /// <param name="glyphs">The page's glyphs.</param>
    /// <param name="row">One row's glyph numbers, left to right.</param>
    /// <param name="baseline">The row's median baseline (superscripts and subscripts do not move it).</param>
    /// <param name="text">An empty buffer for the word being read.</param>
    private static TextRow? BuildRow(ReadOnlySpan<PageGlyph> glyphs, ReadOnlySpan<int> row, double baseline, double size, StringBuilder text)
    {
        var words = new List<PdfWord>(row.Length / 5 + 1);
        double wordLeft = 0, wordRight = 0;
        PageGlyph? previous = null;

        foreach (var index in row)
        {
            var glyph = glyphs[index];
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                Close();
                previous = glyph;
                continue;
            }
            if (previous is { } p && p.Value == glyph.Value && Math.Abs(glyph.Left - p.Left) < DuplicateOffset * glyph.Size) continue;
            if (previous is { } q && glyph.Left - q.Right > WordGap * Math.Max(glyph.Size, q.Size)) Close();
            if (text.Length == 0) wordLeft = glyph.Left;
            text.Append(glyph.Value);
            wordRight = Math.Max(wordRight, glyph.Right);
            previous = glyph;
        }
        Close();
        return words.Count == 0 ? null : new TextRow(words, baseline, size);

        void Close()
        {
            if (text.Length > 0) words.Add(new PdfWord(text.ToString(), wordLeft, Math.Max(wordLeft, wordRight)));
            text.Clear();
            wordRight = 0;
        }
    }
}

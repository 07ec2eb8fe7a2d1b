using System.Text;
using UglyToad.PdfPig.Content;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// First layout stage: letters → rows (shared baseline, superscripts folded in) → words (split on space glyphs
/// and on gaps wider than a fraction of the font size). Pure geometry; the content-stream order is ignored,
/// so justified lines keep their word order.
/// </summary>
internal static class LetterRows
{
    private const double RowTolerance = 0.5;
    private const double WordGap = 0.15;
    private const double DuplicateOffset = 0.15;

    public static IReadOnlyList<TextRow> Build(IReadOnlyList<Letter> letters)
    {
        var glyphs = new Glyph[letters.Count];
        var keys = new double[letters.Count];
        var count = 0;
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0) continue;
            glyphs[count] = new Glyph(letter.Value, letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y, SizeOf(letter));
            keys[count] = -letter.StartBaseLine.Y;
            count++;
        }
        // Sorting parallel primitive keys is several times faster than a comparison delegate on ~4,000 letters a page.
        Array.Sort(keys, glyphs, 0, count);

        var rows = new List<TextRow>();
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            var size = glyphs[start].Size;
            while (end < count && glyphs[start].Y - glyphs[end].Y <= RowTolerance * Math.Max(size, glyphs[end].Size))
            {
                size = Math.Max(size, glyphs[end].Size);
                end++;
            }
            var baseline = glyphs[(start + end) / 2].Y;
            for (var i = start; i < end; i++) keys[i] = glyphs[i].Left;
            Array.Sort(keys, glyphs, start, end - start);
            var row = BuildRow(new ArraySegment<Glyph>(glyphs, start, end - start), baseline, size);
            if (row is not null) rows.Add(row);
            start = end;
        }
        return rows;
    }

    /// <param name="glyphs">One row's glyphs, left to right.</param>
    /// <param name="baseline">The row's median baseline (superscripts and subscripts do not move it).</param>
    private static TextRow? BuildRow(ArraySegment<Glyph> glyphs, double baseline, double size)
    {
        var words = new List<PdfWord>();
        var text = new StringBuilder();
        double wordLeft = 0, wordRight = 0;
        Glyph? previous = null;

        foreach (var glyph in glyphs)
        {
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

    private static double SizeOf(Letter letter)
    {
        var size = letter.PointSize;
        if (size is > 1 and < 200) return size;
        var height = letter.BoundingBox.Height;
        return height > 1 ? height / 0.7 : 10;
    }

    private readonly record struct Glyph(string Value, double Left, double Right, double Y, double Size);
}

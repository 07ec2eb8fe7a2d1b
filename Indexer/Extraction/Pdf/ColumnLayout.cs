namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// Second layout stage: finds a column gutter (a vertical strip near the middle that almost no word crosses,
/// with text on both sides) and puts rows in reading order: within each band between full-width rows, the whole
/// left column, then the whole right column, each ordered the same way in turn (so three-column gazettes work).
/// Pages without a gutter keep top-to-bottom order.
/// </summary>
internal static class ColumnLayout
{
    private const int MinRows = 8;
    private const double MaxCrossingShare = 0.08;
    private const double MinSideShare = 0.2;
    private const double MinGutterWidth = 4;
    private const int MaxColumnsDepth = 2;

    /// <param name="rows">Rows sorted top to bottom.</param>
    public static IReadOnlyList<TextRow> Order(IReadOnlyList<TextRow> rows) => Order(rows, depth: 0);

    private static IReadOnlyList<TextRow> Order(IReadOnlyList<TextRow> rows, int depth)
    {
        var gutter = depth > MaxColumnsDepth ? null : FindGutter(rows);
        if (gutter is not { } g) return rows;

        var ordered = new List<TextRow>(rows.Count + rows.Count / 2);
        var left = new List<TextRow>();
        var right = new List<TextRow>();
        void FlushColumns()
        {
            ordered.AddRange(Order(left, depth + 1));
            ordered.AddRange(Order(right, depth + 1));
            left.Clear();
            right.Clear();
        }

        foreach (var row in rows)
        {
            if (Crosses(row, g))
            {
                FlushColumns();
                ordered.Add(row);
                continue;
            }
            var middle = (g.Left + g.Right) / 2;
            var leftWords = row.Words.Where(w => (w.Left + w.Right) / 2 < middle).ToList();
            if (leftWords.Count > 0) left.Add(row with { Words = leftWords });
            if (leftWords.Count < row.Words.Count) right.Add(row with { Words = row.Words.Skip(leftWords.Count).ToList() });
        }
        FlushColumns();
        return ordered;
    }

    /// <summary>The widest low-coverage strip in the middle 40 % of the text, when it separates two real columns.</summary>
    internal static (double Left, double Right)? FindGutter(IReadOnlyList<TextRow> rows)
    {
        if (rows.Count < MinRows) return null;
        var minX = rows.Min(r => r.Left);
        var maxX = rows.Max(r => r.Right);
        var width = maxX - minX;
        if (width < 100) return null;

        var bins = (int)Math.Ceiling(width) + 1;
        var coverage = new int[bins];
        foreach (var word in rows.SelectMany(r => r.Words))
        {
            var from = (int)(word.Left - minX);
            var to = Math.Min(bins - 1, (int)(word.Right - minX));
            for (var b = from; b <= to; b++) coverage[b]++;
        }

        var allowed = (int)(MaxCrossingShare * rows.Count);
        var best = (Start: -1, Length: 0);
        var runStart = -1;
        var searchFrom = (int)(0.3 * width);
        var searchTo = (int)(0.7 * width);
        for (var b = searchFrom; b <= searchTo + 1; b++)
        {
            var open = b <= searchTo && coverage[b] <= allowed;
            if (open && runStart < 0) runStart = b;
            if (!open && runStart >= 0)
            {
                if (b - runStart > best.Length) best = (runStart, b - runStart);
                runStart = -1;
            }
        }
        if (best.Length < MinGutterWidth) return null;

        var gutter = (Left: minX + best.Start, Right: minX + best.Start + best.Length);
        var leftRows = rows.Count(r => r.Left < gutter.Left && !Crosses(r, gutter));
        var rightRows = rows.Count(r => r.Right > gutter.Right && !Crosses(r, gutter));
        var minSide = Math.Max(3, MinSideShare * rows.Count);
        return leftRows >= minSide && rightRows >= minSide ? gutter : null;
    }

    private static bool Crosses(TextRow row, (double Left, double Right) gutter) =>
        row.Words.Any(w => w.Left < gutter.Left && w.Right > gutter.Right);
}

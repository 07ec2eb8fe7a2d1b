using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Commonwealth bills print section numbers in the margin, and some text layers emit the whole margin
/// ("4.(1)", "(a)", "(2)", "5.(1)") after the page's text. When a page ends with such a run, each section number
/// is put back after its marginal note, matched in order, provided the page has exactly one note per number.
/// </summary>
public static partial class MarginLabels
{
    private const int MaxNoteWords = 10;

    public static IReadOnlyList<SegmentLine> Restore(IReadOnlyList<SegmentLine> lines)
    {
        var result = new List<SegmentLine>(lines.Count);
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            result.AddRange(RestorePage([.. page]));
        }
        return result;
    }

    private static IEnumerable<SegmentLine> RestorePage(IReadOnlyList<SegmentLine> page)
    {
        var runStart = page.Count;
        while (runStart > 0 && MarginLine().IsMatch(page[runStart - 1].Text)) runStart--;
        var labels = page.Skip(runStart).Where(l => SectionLabel().IsMatch(l.Text)).ToList();
        if (labels.Count == 0) return page;
        var notes = Enumerable.Range(0, runStart).Where(i => IsNote(page, i, runStart)).ToList();
        if (notes.Count != labels.Count) return page;
        var restored = new List<SegmentLine>(page.Count);
        var next = 0;
        for (var i = 0; i < page.Count; i++)
        {
            if (i >= runStart && labels.Contains(page[i])) continue;
            restored.Add(page[i]);
            if (next < notes.Count && notes[next] == i) restored.Add(labels[next++]);
        }
        return restored;
    }

    private static bool IsNote(IReadOnlyList<SegmentLine> page, int i, int end)
    {
        var text = page[i].Text;
        var words = Word().Count(text);
        if (text.Length < 3 || !char.IsUpper(text[0]) || words > MaxNoteWords) return false;
        if (";:,".Contains(text[^1]) || (text[^1] == '.' && words > 2)) return false;
        if (text.ToUpperInvariant() == text || StructureHeading.Recognize(text) is not null) return false;
        var previous = i > 0 ? page[i - 1].Text : null;
        var opensSentence = i + 1 < end && (char.IsUpper(page[i + 1].Text[0]) || page[i + 1].Text[0] is '“' or '"');
        var afterBreak = previous is null || ".;:".Contains(previous[^1]) || previous.ToUpperInvariant() == previous;
        return opensSentence && afterBreak;
    }

    [GeneratedRegex(@"^(?:\d+[A-Z]?\.)?(?:\((?:\d+[A-Z]?|[a-z]{1,5})\))?$|^\d{1,3}$")]
    private static partial Regex MarginLine();

    [GeneratedRegex(@"^\d+[A-Z]?\.(?:\(\d+[A-Z]?\))?$")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

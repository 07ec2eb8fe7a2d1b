using System.Text;
using LegalSearch.Web.Html;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// A snippet from the marked words of a text (<see cref="IndexedMarks"/>): the text cut into fragments of about
/// <see cref="FragmentSize"/> characters around runs of marks, each scored as Lucene's QueryScorer scores a fragment
/// (the weights of the distinct terms it marks), the best <see cref="MaxFragments"/> by score (earlier first on a tie),
/// HTML-encoded with each marked word in &lt;mark&gt;, joined by " … ".
/// </summary>
public static class SnippetFragments
{
    public const int FragmentSize = 220;

    public const int MaxFragments = 2;

    /// <summary>The snippet, or null when there is no mark.</summary>
    public static string? Build(ReadOnlySpan<char> text, IReadOnlyList<IndexedMarks.Mark> found)
    {
        var marks = Distinct(found);
        if (marks.Count == 0) return null;
        var fragments = new List<Fragment>();
        var previousEnd = 0;
        for (var i = 0; i < marks.Count;)
        {
            var first = marks[i];
            var last = i;
            while (last + 1 < marks.Count && marks[last + 1].End - first.Start <= FragmentSize) last++;
            var lead = Math.Max(0, FragmentSize - (marks[last].End - first.Start)) / 3;
            var start = StartAt(text, Math.Max(previousEnd, first.Start - lead), first.Start);
            var end = EndAt(text, Math.Max(marks[last].End, Math.Min(text.Length, start + FragmentSize)), marks[last].End);
            while (last + 1 < marks.Count && marks[last + 1].End <= end) last++;
            fragments.Add(new Fragment(start, end, marks.GetRange(i, last - i + 1)));
            previousEnd = end;
            i = last + 1;
        }
        var html = new StringBuilder("… ");
        var leading = true;
        foreach (var fragment in fragments.OrderByDescending(f => f.Score).ThenBy(f => f.Start).Take(MaxFragments))
        {
            if (!leading) html.Append(" … ");
            fragment.Render(html, text);
            leading = false;
        }
        return html.Append(" …").ToString();
    }

    /// <summary>Marks by position, a word marked by several leaves once.</summary>
    private static List<IndexedMarks.Mark> Distinct(IReadOnlyList<IndexedMarks.Mark> found)
    {
        var marks = new List<IndexedMarks.Mark>(found.Count);
        foreach (var mark in found.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (marks.Count > 0 && mark.Start < marks[^1].End) continue;
            marks.Add(mark);
        }
        return marks;
    }

    /// <summary>At a word's start at or after <paramref name="at"/>, not past <paramref name="limit"/>, leading spaces skipped.</summary>
    private static int StartAt(ReadOnlySpan<char> text, int at, int limit)
    {
        var start = at;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            while (start < limit && !char.IsWhiteSpace(text[start])) start++;
        }
        while (start < limit && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    /// <summary>At a word's end at or before <paramref name="at"/>, not before <paramref name="limit"/>, trailing spaces dropped.</summary>
    private static int EndAt(ReadOnlySpan<char> text, int at, int limit)
    {
        var end = at;
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            while (end > limit && !char.IsWhiteSpace(text[end - 1])) end--;
        }
        while (end > limit && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private sealed record Fragment(int Start, int End, List<IndexedMarks.Mark> Marks)
    {
        public float Score { get; } = Marks.GroupBy(m => m.Term, StringComparer.Ordinal).Sum(g => g.Max(m => m.Weight));

        public void Render(StringBuilder html, ReadOnlySpan<char> text)
        {
            var at = Start;
            foreach (var mark in Marks)
            {
                html.AppendEncoded(text[at..mark.Start]).Append("<mark>").AppendEncoded(text[mark.Start..mark.End]).Append("</mark>");
                at = mark.End;
            }
            html.AppendEncoded(text[at..End]);
        }
    }
}

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
        Fragment best = default, second = default;
        var fragments = 0;
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
            var fragment = new Fragment(start, end, i, last + 1, Score(marks, i, last + 1));
            // The best two by score, the earlier first on a tie: fragments come in text order.
            if (fragments == 0 || fragment.Score > best.Score) (second, best) = (best, fragment);
            else if (fragments == 1 || fragment.Score > second.Score) second = fragment;
            fragments++;
            previousEnd = end;
            i = last + 1;
        }
        var html = new StringBuilder("… ");
        best.Render(html, text, marks);
        if (fragments > 1) second.Render(html.Append(" … "), text, marks);
        return html.Append(" …").ToString();
    }

    /// <summary>Marks by position (start, then the longer first, then as found), a word marked by several leaves once.</summary>
    private static List<IndexedMarks.Mark> Distinct(IReadOnlyList<IndexedMarks.Mark> found)
    {
        var order = new (int Start, int LongerFirst, int Found)[found.Count];
        for (var i = 0; i < order.Length; i++) order[i] = (found[i].Start, -found[i].End, i);
        Array.Sort(order);
        var marks = new List<IndexedMarks.Mark>(found.Count);
        foreach (var (_, _, index) in order)
        {
            var mark = found[index];
            if (marks.Count > 0 && mark.Start < marks[^1].End) continue;
            marks.Add(mark);
        }
        return marks;
    }

    /// <summary>As Lucene's QueryScorer scores a fragment: the sum of the distinct terms' weights, each term's highest (summed as LINQ sums floats, in double).</summary>
    private static float Score(List<IndexedMarks.Mark> marks, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            if (SeenBefore(marks, from, i)) continue;
            var weight = marks[i].Weight;
            for (var j = i + 1; j < to; j++)
            {
                if (string.Equals(marks[j].Term, marks[i].Term, StringComparison.Ordinal) && marks[j].Weight > weight) weight = marks[j].Weight;
            }
            sum += weight;
        }
        return (float)sum;
    }

    private static bool SeenBefore(List<IndexedMarks.Mark> marks, int from, int at)
    {
        for (var k = from; k < at; k++)
        {
            if (string.Equals(marks[k].Term, marks[at].Term, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>At a word's start at or after <paramref name="at"/>, not past <paramref name="limit"/>, leading spaces skipped.</summary>
    internal static int StartAt(ReadOnlySpan<char> text, int at, int limit)
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
    internal static int EndAt(ReadOnlySpan<char> text, int at, int limit)
    {
        var end = at;
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            while (end > limit && !char.IsWhiteSpace(text[end - 1])) end--;
        }
        while (end > limit && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>A fragment: its characters [<paramref name="Start"/>, <paramref name="End"/>) and its marks [<paramref name="From"/>, <paramref name="To"/>).</summary>
    private readonly record struct Fragment(int Start, int End, int From, int To, float Score)
    {
        public void Render(StringBuilder html, ReadOnlySpan<char> text, List<IndexedMarks.Mark> marks)
        {
            var at = Start;
            for (var i = From; i < To; i++)
            {
                var mark = marks[i];
                html.AppendEncoded(text[at..mark.Start]).Append("<mark>").AppendEncoded(text[mark.Start..mark.End]).Append("</mark>");
                at = mark.End;
            }
            html.AppendEncoded(text[at..End]);
        }
    }
}

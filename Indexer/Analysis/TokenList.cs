using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LegalSearch.Indexer.Analysis;

/// <summary>The terms an analyzer makes of a text, in order (stop words gone, stems as indexed).</summary>
public static class TokenList
{
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text, string fieldName = "text")
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>True when <paramref name="needle"/> occurs in order with at most <paramref name="gap"/> other tokens between consecutive ones.</summary>
    public static bool ContainsInOrder(IReadOnlyList<string> haystack, IReadOnlyList<string> needle, int gap)
    {
        if (needle.Count == 0) return false;
        for (var start = 0; start < haystack.Count; start++)
        {
            if (haystack[start] != needle[0]) continue;
            var at = start;
            var i = 1;
            while (i < needle.Count)
            {
                var next = -1;
                for (var j = at + 1; j <= Math.Min(haystack.Count - 1, at + 1 + gap); j++)
                {
                    if (haystack[j] == needle[i]) { next = j; break; }
                }
                if (next < 0) break;
                at = next;
                i++;
            }
            if (i == needle.Count) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="needle"/> occurs as a contiguous run in <paramref name="haystack"/>.</summary>
    public static bool ContainsRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle) => ContainsInOrder(haystack, needle, gap: 0);
}

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

    /// <summary>True when <paramref name="needle"/> occurs as a contiguous run in <paramref name="haystack"/>.</summary>
    public static bool ContainsRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        if (needle.Count == 0) return false;
        for (var start = 0; start + needle.Count <= haystack.Count; start++)
        {
            var i = 0;
            while (i < needle.Count && haystack[start + i] == needle[i]) i++;
            if (i == needle.Count) return true;
        }
        return false;
    }
}

using System.Text;
using LegalSearch.Web.Html;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Snippets of the field that matched (the provision's language field, else the exact field), marked with the parts of
/// the query that can mark words of that hit (<see cref="SnippetQuery"/>), not at all when none can. The marks come
/// from the offsets in the index (<see cref="IndexedMarks"/>, the words Lucene's span-aware QueryScorer marks) and the
/// fragments are cut around them (<see cref="SnippetFragments"/>); where the index cannot say (a segment without
/// offsets, a query leaf of another kind) Lucene's Highlighter + QueryScorer re-analyse the stored text, as for the
/// statute page (<see cref="MarkAll"/>). All statute text is HTML-encoded, so the only markup is &lt;mark&gt;.
/// (Lucene's SimpleHTMLEncoder would turn every accent into a numeric entity.)
/// </summary>
public sealed class SnippetHighlighter
{
    private const int FragmentSize = SnippetFragments.FragmentSize;

    private const int MaxFragments = SnippetFragments.MaxFragments;

    /// <summary>
    /// How much of a provision's text the re-analysing highlighter reads (marks from the index have no bound): a bound
    /// on the worst case (a mis-segmented statute of megabytes in one provision cost seconds per search). Text beyond
    /// it is not searched for marks. In the shared
    /// corpus three provisions are longer (the longest 272,343 characters); the benchmark's 58 queries and the
    /// retrieval evaluation get the same snippets as with no limit.
    /// </summary>
    public const int MaxCharsAnalyzed = 100_000;
    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField();

    /// <summary>
    /// The snippet of hit <paramref name="doc"/>: the best marked fragments of its language field, else of the exact
    /// field, else the leading text. The marks come from the offsets in the index (<see cref="IndexedMarks"/>,
    /// <see cref="SnippetFragments"/>); where the index cannot give them the text is re-analysed.
    /// </summary>
    public string Snippet(SnippetQuery query, int doc, StoredProvision stored) => Snippet(query, doc, stored, stored.Get(ProvisionSchema.Text));

    /// <summary>The snippet of hit <paramref name="doc"/> whose text (read apart from <paramref name="stored"/>) is <paramref name="text"/>.</summary>
    public string Snippet(SnippetQuery query, int doc, StoredProvision stored, ReadOnlySpan<char> text)
    {
        foreach (var field in FieldsFor(stored.Get(ProvisionSchema.Language) ?? ""))
        {
            if (query.For(field, doc) is not { } leaves) continue;
            var textStart = field == IndexFields.Exact ? ProvisionSchema.ExactTextStart(stored.Get(ProvisionSchema.Heading), stored.Get(ProvisionSchema.Divisions)) : 0;
            var fragment = query.Marks.Find(leaves, field, doc, textStart, text.Length) is { } marks
                ? SnippetFragments.Build(text, marks)
                : Highlight(AnyOf(leaves), field, new string(text[..Math.Min(text.Length, MaxCharsAnalyzed)]));
            if (!string.IsNullOrEmpty(fragment)) return fragment;
        }
        return Opening(text);
    }

    /// <summary>The whole text HTML-encoded with what the query matched marked (the statute page), or null when nothing in it matched.</summary>
    public string? MarkAll(Query query, string text, string language)
    {
        var fields = IndexFields.Languages.Contains(language) ? new[] { IndexFields.TextIn(language), IndexFields.Exact } : [IndexFields.Exact];
        foreach (var field in fields)
        {
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
            {
                TextFragmenter = new NullFragmenter(),
                MaxDocCharsToAnalyze = Math.Max(text.Length, 50_000),
            };
            using var tokens = analyzer.GetTokenStream(field, text);
            var marked = highlighter.GetBestFragment(tokens, text);
            if (marked is not null && marked.Contains("<mark>", StringComparison.Ordinal)) return marked;
        }
        return null;
    }

    /// <summary>The opening of the text, encoded: the snippet when nothing can be marked, or when the search's budget is spent.</summary>
    public string Opening(ReadOnlySpan<char> text) => Leading(text);

    private static IEnumerable<string> FieldsFor(string language)
    {
        if (IndexFields.Languages.Contains(language)) yield return IndexFields.TextIn(language);
        yield return IndexFields.Exact;
    }

    private string? Highlight(Query query, string field, string text)
    {
        // The boundary char filter reads its whole input: cut the text itself, not only what the highlighter reads.
        if (text.Length > MaxCharsAnalyzed) text = text[..MaxCharsAnalyzed];
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = MaxCharsAnalyzed,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        string[] fragments;
        try
        {
            fragments = highlighter.GetBestFragments(tokens, text, MaxFragments);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null; // a prefix or wildcard matching over 1,024 words of this text: the snippet opens the text instead
        }
        var marked = fragments.Where(f => f.Contains("<mark>", StringComparison.Ordinal)).Select(f => f.Trim()).ToList();
        return marked.Count == 0 ? null : "… " + string.Join(" … ", marked) + " …";
    }

    /// <summary>The leaves as one disjunction, which has no clause limit.</summary>
    private static DisjunctionMaxQuery AnyOf(IReadOnlyList<Query> leaves)
    {
        var any = new DisjunctionMaxQuery(0f);
        foreach (var leaf in leaves) any.Add(leaf);
        return any;
    }

    private static string Leading(ReadOnlySpan<char> text) => text.Length <= FragmentSize
        ? new StringBuilder(text.Length + 16).AppendEncoded(text).ToString()
        : new StringBuilder(FragmentSize + 32).AppendEncoded(text[..FragmentSize]).Append(" …").ToString();
}

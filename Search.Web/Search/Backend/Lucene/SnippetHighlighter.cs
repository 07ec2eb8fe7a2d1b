using LegalSearch.Web.Html;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Snippets with Lucene's Highlighter + QueryScorer: the stored text is re-analyzed with the analyzer of the field
/// that matched (the provision's language field, else the exact field); the encoder HTML-encodes all statute text,
/// so the only markup in a snippet is &lt;mark&gt;. (Lucene's SimpleHTMLEncoder would turn every accent into a numeric entity.)
/// A field is highlighted with only the parts of the query that can mark words of that hit (<see cref="SnippetQuery"/>),
/// and not at all when none can.
/// </summary>
public sealed class SnippetHighlighter
{
    private const int FragmentSize = 220;
    private const int MaxFragments = 2;

    /// <summary>
    /// How much of a provision's text the highlighter reads: a bound on the worst case (a mis-segmented statute of
    /// megabytes in one provision cost seconds per search). Text beyond it is not searched for marks. In the shared
    /// corpus three provisions are longer (the longest 272,343 characters); the benchmark's 58 queries and the
    /// retrieval evaluation get the same snippets as with no limit.
    /// </summary>
    public const int MaxCharsAnalyzed = 100_000;
    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField();

    /// <summary>The snippet of hit <paramref name="doc"/>: the best marked fragments of its language field, else of the exact field, else the leading text.</summary>
    public string Snippet(SnippetQuery query, int doc, string text, string language)
    {
        foreach (var field in FieldsFor(language))
        {
            if (query.For(field, doc) is not { } marking) continue;
            var fragment = Highlight(marking, field, text);
            if (!string.IsNullOrEmpty(fragment)) return fragment;
        }
        return Opening(text);
    }

    /// <summary>The opening of the text, encoded: the snippet when nothing can be marked, or when the search's budget is spent.</summary>
    public string Opening(string text) => HtmlText.Encode(Leading(text));

    private static IEnumerable<string> FieldsFor(string language)
    {
        if (IndexFields.Languages.Contains(language)) yield return IndexFields.TextIn(language);
        yield return IndexFields.Exact;
    }

    private string? Highlight(Query query, string field, string text)
    {
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

    private static string Leading(string text) => text.Length <= FragmentSize ? text : text[..FragmentSize] + " …";
}

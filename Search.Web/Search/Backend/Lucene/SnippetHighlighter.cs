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
/// </summary>
public sealed class SnippetHighlighter
{
    private const int FragmentSize = 220;

    /// <summary>
    /// How much of a provision a snippet is cut from. Highlighting costs grow with the text, and proximity spans more
    /// so: the 715,000-character annex of Ley 1712 took 1–2 s per snippet whole. A match further in shows the opening.
    /// </summary>
    public const int SnippetChars = 10_000;
    private const int MaxFragments = 2;
    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField();

    public string Snippet(Query query, string text, string language)
    {
        var fields = new List<string>();
        if (IndexFields.Languages.Contains(language)) fields.Add(IndexFields.TextIn(language));
        fields.Add(IndexFields.Exact);
        foreach (var field in fields)
        {
            var fragment = Highlight(query, field, text);
            if (!string.IsNullOrEmpty(fragment)) return fragment;
        }
        return HtmlText.Encode(Leading(text));
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

    private string? Highlight(Query query, string field, string text)
    {
        if (text.Length > SnippetChars) text = text[..SnippetChars];
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = SnippetChars,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, MaxFragments);
        var marked = fragments.Where(f => f.Contains("<mark>", StringComparison.Ordinal)).Select(f => f.Trim()).ToList();
        return marked.Count == 0 ? null : "… " + string.Join(" … ", marked) + " …";
    }

    private static string Leading(string text) => text.Length <= FragmentSize ? text : text[..FragmentSize] + " …";
}

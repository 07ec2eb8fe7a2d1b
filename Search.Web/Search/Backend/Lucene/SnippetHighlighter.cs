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
    private const int MaxFragments = 2;

    /// <summary>
    /// The most text one snippet reads (re-analyzes) of a provision: bounds the cost of a hit on a huge provision;
    /// a match further in still finds the provision, its snippet then opens the text.
    /// </summary>
    public const int MaxCharsRead = 100_000;
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
        return Opening(text);
    }

    /// <summary>The opening of the text, encoded: the snippet when nothing can be marked, or when the search's budget is spent.</summary>
    public string Opening(string text) => HtmlText.Encode(Leading(text));

    private string? Highlight(Query query, string field, string text)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = MaxCharsRead,
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

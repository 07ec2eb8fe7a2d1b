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

    private string? Highlight(Query query, string field, string text)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = Math.Max(text.Length, 50_000),
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, MaxFragments);
        var marked = fragments.Where(f => f.Contains("<mark>", StringComparison.Ordinal)).Select(f => f.Trim()).ToList();
        return marked.Count == 0 ? null : "… " + string.Join(" … ", marked) + " …";
    }

    private static string Leading(string text) => text.Length <= FragmentSize ? text : text[..FragmentSize] + " …";
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>
/// A citation in words ("Ley 1273 artículo 269A", "LGPD art. 7", "Title 18 section 2511", "article 2 de la
/// Convention"): an article number of the top level together with the other top-level words in the statute's title
/// (its law number, short name or kind) ranks that provision first, above same-numbered articles of other laws.
/// </summary>
internal static class CitationQueries
{
    /// <summary>Weight of an article number whose statute's title has the query's other words.</summary>
    public const float CitationWeight = 2f;

    private static readonly QueryBuilder Titles = new(AnalyzerFactory.Exact());

    public static IEnumerable<Query> Of(QueryTree tree)
    {
        var parts = TopLevelParts(tree);
        var words = string.Join(' ', parts.OfType<WordNode>().Select(w => w.Text));
        if (words.Length == 0) yield break;
        foreach (var key in ArticleKeys(parts))
        {
            if (Titles.CreateBooleanQuery(IndexFields.Title, words, Occur.SHOULD) is not { } law) yield break;
            yield return ArticleOfLaw(key, law).Boosted(CitationWeight);
        }
    }

    /// <summary>
    /// The provisions a citation names beyond doubt: the article number and half (rounded down, at least one) of the other words that are
    /// not function words ("de", "la") in the statute's title; "article 2 de la Convention" names the Convention's
    /// (and its Protocol's) article 2, not every article 2 of a title with "de".
    /// </summary>
    public static Query? Named(QueryTree tree)
    {
        var parts = TopLevelParts(tree);
        var content = parts.OfType<WordNode>().Select(w => w.Text).Where(w => !StopWords.Contains(w)).ToList();
        if (content.Count == 0) return null;
        var named = new BooleanQuery(disableCoord: true);
        foreach (var key in ArticleKeys(parts))
        {
            var law = new BooleanQuery(disableCoord: true);
            foreach (var word in content)
            {
                if (Titles.CreateBooleanQuery(IndexFields.Title, word, Occur.SHOULD) is { } inTitle) law.Add(inTitle, Occur.SHOULD);
            }
            if (law.Clauses.Count == 0) return null;
            law.MinimumNumberShouldMatch = Math.Max(1, law.Clauses.Count / 2);
            named.Add(ArticleOfLaw(key, law), Occur.SHOULD);
        }
        return named.Clauses.Count == 0 ? null : named;
    }

    private static readonly global::Lucene.Net.Analysis.Util.CharArraySet StopWords = LegalStopWords.ForQueries();

    /// <summary>The parts side by side at the top of the query (a citation is typed as one run of words).</summary>
    private static IReadOnlyList<QueryNode> TopLevelParts(QueryTree tree) =>
        tree.Root is BooleanNode { Kind: BooleanKind.Ranked } group ? group.Children : [tree.Root];

    private static IEnumerable<string> ArticleKeys(IReadOnlyList<QueryNode> parts) =>
        parts.OfType<ArticleNode>().Select(a => ArticleKey.From(a.Number)).Distinct();

    /// <summary>The article so numbered in a statute whose title matches <paramref name="law"/>.</summary>
    private static BooleanQuery ArticleOfLaw(string key, Query law) => new(disableCoord: true)
    {
        { new TermQuery(new Term(IndexFields.ArticleKey, key)), Occur.MUST },
        { law, Occur.MUST },
    };

    private static Query Boosted(this Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}

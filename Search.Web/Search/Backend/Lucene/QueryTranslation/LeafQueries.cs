using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>The Lucene query of one word, phrase, prefix, wildcard or article number; null when nothing in it is searchable (stop words only).</summary>
internal static class LeafQueries
{
    /// <summary>Weight of an article-number match: a query "154-A" is first of all about articles numbered so.</summary>
    public const float ArticleWeight = 8f;

    /// <summary>Weight of the article number as a phrase in the text: enough for snippets to mark it, too little to outrank a numbered match.</summary>
    public const float ArticleTextWeight = 0.1f;

    /// <summary>
    /// A word in each field of the target; a word the analyzer splits ("999/1992") is a phrase of its pieces. A
    /// compound of stop words ("and/or") is searched in the exact field, which keeps every word; a lone stop word
    /// ("de") is dropped.
    /// </summary>
    public static Query? Word(string text, TextTarget target)
    {
        var perField = TextTarget.AnyOf(target.WordFields.Select(field => Phrase(field, text, 0)));
        return perField is null && TextTarget.Analyze(target.ExactField, text).Count > 1 ? Phrase(target.ExactField, text, 0) : perField;
    }

    /// <summary>The words of <paramref name="text"/> as a phrase; terms the analyzer puts at one position (an English word's two spellings) are alternatives there.</summary>
    public static Query? Phrase(string field, string text, int slop)
    {
        var terms = TextTarget.Analyze(field, text);
        if (terms.Count == 0) return null;
        var positions = terms.GroupBy(t => t.Position).ToList();
        if (positions.Count == 1) return AnyTerm(field, [.. positions[0].Select(t => t.Term)]);
        if (positions.Count == terms.Count)
        {
            var phrase = new PhraseQuery { Slop = slop };
            foreach (var (term, position) in terms) phrase.Add(new Term(field, term), position);
            return phrase;
        }
        var multi = new MultiPhraseQuery { Slop = slop };
        foreach (var at in positions) multi.Add([.. at.Select(t => new Term(field, t.Term))], at.Key);
        return multi;
    }

    private static Query AnyTerm(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms) any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return any;
    }

    public static Query Prefix(string stem, string field) => new PrefixQuery(new Term(field, TextTarget.Fold(stem)));

    public static Query Wildcard(string pattern, string field) => new WildcardQuery(new Term(field, TextTarget.Fold(pattern)));

    public static Query Fuzzy(string text, int edits, string field) => new FuzzyQuery(new Term(field, TextTarget.Fold(text)), edits);

    /// <summary>The article-number match, and (ranked only) the number as text for the snippet to mark.</summary>
    public static Query Article(string number, bool required)
    {
        var key = new TermQuery(new Term(IndexFields.ArticleKey, ArticleKey.From(number))) { Boost = ArticleWeight };
        var text = Phrase(IndexFields.Exact, number, 0);
        if (text is null) return key;
        text.Boost = ArticleTextWeight;
        return new BooleanQuery(disableCoord: true) { { key, required ? Occur.MUST : Occur.SHOULD }, { text, Occur.SHOULD } };
    }

    /// <summary>A filter: matches or not, adds nothing to the score.</summary>
    public static Query Filter(FilterNode filter)
    {
        var field = filter.Field switch
        {
            QueryField.Country => IndexFields.Country,
            QueryField.Language => IndexFields.Language,
            QueryField.Offence => IndexFields.Offence,
            _ => IndexFields.StatuteId,
        };
        return NoScore(new TermQuery(new Term(field, filter.Value)));
    }

    public static Query Years(YearRangeNode years) =>
        NoScore(NumericRangeQuery.NewInt32Range(IndexFields.YearPoint, years.From, years.To, true, true));

    public static Query NoScore(Query query) => new ConstantScoreQuery(query) { Boost = 0f };
}

using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Turns what a user typed into a Lucene query: bare words search the stemmed field of every allowed language,
/// quoted phrases the folded exact field, article numbers ("154-A", "art. 234") the article_key field, and a
/// concept named in any language ("acceso ilícito", "unauthorized access") also searches that concept's
/// wordings in the other languages and the provisions classified under it. Lucene syntax (AND, OR, -, "...") is accepted.
/// </summary>
public sealed class SearchQueryParser(ConceptLexicon lexicon, ConceptMatcher matcher)
{
    /// <summary>Weight of an article-number match: a query "154-A" is first of all about articles numbered so.</summary>
    public const float ArticleWeight = 8f;

    /// <summary>Weight of the article number as a phrase in the text: enough for snippets to mark it, too little to outrank a numbered match.</summary>
    public const float ArticleTextWeight = 0.1f;

    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField(forQueries: true);
    private readonly ConceptExpansion expansion = new(lexicon);
    private readonly QueryBuilder exactPhrases = new(AnalyzerFactory.Exact());

    public SearchQueryParser() : this(ConceptLexicon.Default, ConceptMatcher.Default)
    {
    }

    /// <summary>Parses the user's words for the allowed <paramref name="languages"/> (all when empty); <paramref name="expand"/> false turns cross-language expansion off (the evaluation compares both).</summary>
    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages, bool expand = true)
    {
        var text = userQuery.Trim();
        if (text.Length == 0) throw new QuerySyntaxException("the query is empty");
        if (text.Count(c => c == '"') % 2 != 0) throw new QuerySyntaxException("unbalanced quotes in the query");
        var allowed = AllowedLanguages(languages);
        var articles = ArticleReferences.Find(text);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var key in articles.Keys)
        {
            query.Add(new TermQuery(new Term(IndexFields.ArticleKey, key)) { Boost = ArticleWeight }, Occur.SHOULD);
        }
        foreach (var number in articles.Numbers.Distinct())
        {
            var phrase = exactPhrases.CreatePhraseQuery(IndexFields.Exact, number);
            if (phrase is null) continue;
            phrase.Boost = ArticleTextWeight;
            query.Add(phrase, Occur.SHOULD);
        }
        if (articles.Remainder.Length > 0) query.Add(ParseWords(articles.Remainder, allowed), Occur.SHOULD);
        var concepts = expand ? matcher.Find(text) : [];
        var expanded = expansion.Build(concepts, allowed);
        if (expanded is not null) query.Add(expanded, Occur.SHOULD);
        if (query.Clauses.Count == 0) throw new QuerySyntaxException("the query has no searchable words");
        return new ParsedQuery(query, [.. concepts.Select(c => c.Code)]);
    }

    private Query ParseWords(string text, IReadOnlyList<string> languages)
    {
        var fields = languages.Select(IndexFields.TextIn).ToArray();
        var parser = new LanguageFieldQueryParser(analyzer, fields) { DefaultOperator = Operator.OR };
        try
        {
            return parser.Parse(text) ?? new BooleanQuery();
        }
        catch (ParseException ex)
        {
            throw new QuerySyntaxException($"the query could not be read: {FirstLine(ex.Message)}", ex);
        }
    }

    private static IReadOnlyList<string> AllowedLanguages(IReadOnlyCollection<string> languages)
    {
        var allowed = languages.Where(IndexFields.Languages.Contains).Distinct().ToList();
        return allowed.Count > 0 ? allowed : IndexFields.Languages;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

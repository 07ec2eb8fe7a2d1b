using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;

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

    /// <summary>Weight of an article number whose statute's title has the query's other words (a citation in words).</summary>
    public const float CitationWeight = 2f;

    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField(forQueries: true);
    private readonly ConceptExpansion expansion = new(lexicon);
    private readonly QueryBuilder exactPhrases = new(AnalyzerFactory.Exact());

    public SearchQueryParser() : this(ConceptLexicon.Default, ConceptMatcher.Default)
    {
    }

    /// <summary>Parses the user's words for the allowed <paramref name="languages"/> (all when empty); <paramref name="expand"/> false turns cross-language expansion off (the evaluation compares both).</summary>
    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages, bool expand = true) =>
        Parse(userQuery, languages, expand, []);

    /// <summary>As <see cref="Parse(string, IReadOnlyCollection{string}, bool)"/>, with the query's translations as further weighted clauses.</summary>
    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages, bool expand, IReadOnlyList<TranslatedClause> translations)
    {
        try
        {
            return ParseChecked(userQuery, languages, expand, translations);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new QuerySyntaxException($"the query has too many terms (more than {BooleanQuery.MaxClauseCount:N0} clauses once expanded); use fewer words", ex);
        }
    }

    private ParsedQuery ParseChecked(string userQuery, IReadOnlyCollection<string> languages, bool expand, IReadOnlyList<TranslatedClause> translations)
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
        foreach (var citation in Citations(articles)) query.Add(citation, Occur.SHOULD);
        var concepts = expand ? matcher.Find(text) : [];
        var expanded = expansion.Build(concepts, allowed);
        if (expanded is not null) query.Add(expanded, Occur.SHOULD);
        var translated = TranslationQueries.Build(translations.Where(t => allowed.Contains(t.Language)));
        foreach (var (_, clause) in translated) query.Add(clause, Occur.SHOULD);
        if (query.Clauses.Count == 0) throw new QuerySyntaxException("the query has no searchable words");
        return new ParsedQuery(query, [.. concepts.Select(c => c.Code)], translated);
    }

    /// <summary>
    /// A citation in words ("Ley 1273 artículo 269A", "LGPD art. 7", "Title 18 section 2511", "article 2 de la
    /// Convention"): the article number together with the other words in the statute's title (its law number, short
    /// name or kind) ranks that provision first, above same-numbered articles of other laws.
    /// </summary>
    private IEnumerable<Query> Citations(ArticleReferences articles)
    {
        if (articles.Remainder.Length == 0) yield break;
        foreach (var key in articles.Keys)
        {
            var law = exactPhrases.CreateBooleanQuery(IndexFields.Title, articles.Remainder, Occur.SHOULD);
            if (law is null) yield break;
            var citation = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(IndexFields.ArticleKey, key)), Occur.MUST },
                { law, Occur.MUST },
            };
            citation.Boost = CitationWeight;
            yield return citation;
        }
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
        catch (ArgumentException ex)
        {
            // Temporary guard until the new query grammar: Lucene's parser reports some malformed terms this way.
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

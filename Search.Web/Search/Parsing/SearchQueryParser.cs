using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// Turns a parsed query tree (<see cref="QueryTreeParser"/>) into the Lucene query (<see cref="LuceneQueryTranslator"/>):
/// bare words search the stemmed field of every allowed language, quoted phrases the folded exact field, article
/// numbers ("154-A", "art. 234") the article_key field, and a concept named in any language ("acceso ilícito",
/// "unauthorized access") also searches that concept's wordings in the other languages and the provisions
/// classified under it. Says how it read the query (<see cref="ParsedQuery.Interpretation"/>).
/// </summary>
public sealed class SearchQueryParser(ConceptLexicon lexicon, ConceptMatcher matcher)
{
    private readonly ConceptExpansion expansion = new(lexicon);

    public SearchQueryParser() : this(ConceptLexicon.Default, ConceptMatcher.Default)
    {
    }

    /// <summary>Turns cross-language expansion off (the evaluation compares both).</summary>
    public bool Expand { get; init; } = true;

    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages) => Parse(QueryTreeParser.Parse(userQuery), languages);

    public ParsedQuery Parse(QueryTree tree, IReadOnlyCollection<string> languages)
    {
        var translator = new LuceneQueryTranslator(matcher, expansion) { Expand = Expand };
        var translated = translator.Translate(tree, AllowedLanguages(languages));
        var alsoSearched = translated.Concepts.Select(AlsoSearched).ToList();
        return new ParsedQuery(translated.Query, [.. translated.Concepts.Select(c => c.Code)], QueryInterpretation.Render(tree, alsoSearched));
    }

    private static string AlsoSearched(ConceptHit hit) =>
        $"“{hit.Term}” ({hit.Language}) names the offence {hit.Code}: its wording in every language and the provisions classified under it";

    private static IReadOnlyList<string> AllowedLanguages(IReadOnlyCollection<string> languages)
    {
        var allowed = languages.Where(IndexFields.Languages.Contains).Distinct().ToList();
        return allowed.Count > 0 ? allowed : IndexFields.Languages;
    }
}

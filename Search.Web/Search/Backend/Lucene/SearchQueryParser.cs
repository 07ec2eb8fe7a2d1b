using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene;

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

    /// <summary>Parses and translates the user's text (tests and tools; the site parses once, in <see cref="SearchRequest.From"/>).</summary>
    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages, bool expand = true) =>
        Parse(QueryTreeParser.Parse(userQuery), languages, expand);

    /// <summary>The Lucene query of the tree for the allowed <paramref name="languages"/> (all when empty); <paramref name="expand"/> false turns cross-language expansion off (the evaluation compares both).</summary>
    public ParsedQuery Parse(QueryTree tree, IReadOnlyCollection<string> languages, bool expand = true)
    {
        var translator = new LuceneQueryTranslator(matcher, expansion) { Expand = expand };
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

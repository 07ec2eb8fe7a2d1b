using Lucene.Net.Search;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Turns a parsed query tree (<see cref="QueryTreeParser"/>) into the Lucene query (<see cref="LuceneQueryTranslator"/>):
/// bare words search the stemmed field of every allowed language, quoted phrases the folded exact field, article
/// numbers ("154-A", "art. 234") the article_key field (with the statute's title for a citation in words), a concept
/// named in any language ("acceso ilícito", "unauthorized access") also searches that concept's wordings in the other
/// languages and the provisions classified under it, and the query's translations (<see cref="TranslatedClause"/>)
/// search the other languages at their weights. Says how it read the query (<see cref="ParsedQuery.Interpretation"/>).
/// </summary>
public sealed class SearchQueryParser(ConceptLexicon lexicon, ConceptMatcher matcher)
{
    private readonly ConceptExpansion expansion = new(lexicon);

    public SearchQueryParser() : this(ConceptLexicon.Default, ConceptMatcher.Default)
    {
    }

    /// <summary>Parses and translates the user's text (tests and tools; the site parses once, in <see cref="SearchRequest.From"/>).</summary>
    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages, bool expand = true) =>
        Parse(QueryTreeParser.Parse(userQuery), languages, expand, []);

    /// <summary>
    /// The Lucene query of the tree for the allowed <paramref name="languages"/> (all when empty); <paramref name="expand"/>
    /// false turns cross-language expansion off (the evaluation compares both); <paramref name="translations"/> are
    /// searched beside the user's words, under the query's top-level exclusions like everything else;
    /// <paramref name="queryLanguage"/> (detected for translation) lets concepts be named by their words;
    /// <paramref name="fedBack"/> (offence codes a first ranking's best hits share, <see cref="ClassificationFeedback"/>)
    /// are searched beside the words like a translation, weakly, and only with expansion on (the classification is the lexicon's);
    /// fed-back glossary notions (<see cref="TranslatedClause.IsFedBack"/>, <see cref="GlossaryFeedback"/>) come among the translations and are told apart in the interpretation.
    /// </summary>
    public ParsedQuery Parse(QueryTree tree, IReadOnlyCollection<string> languages, bool expand = true, IReadOnlyList<TranslatedClause>? translations = null, string? queryLanguage = null, IReadOnlyList<string>? fedBack = null)
    {
        var allowed = AllowedLanguages(languages);
        var clauses = (translations ?? []).Where(t => allowed.Contains(t.Language)).ToList();
        var translator = new LuceneQueryTranslator(matcher, expansion) { Expand = expand };
        var prepared = translator.Prepare(tree, allowed, TranslationQueries.Whole(translations ?? [], allowed), queryLanguage,
            [.. (translations ?? []).Where(t => t.IsTranslation).Select(t => (t.Language, t.Text))]);
        return Assemble(new ParsedQuery.Inputs(prepared, clauses, expand), TranslationQueries.Build(clauses), expand ? fedBack ?? [] : []);
    }

    /// <summary>
    /// <paramref name="first"/> with the fed-back <paramref name="notions"/> searched after its translations and the fed-back
    /// <paramref name="codes"/> after its own: the same query, concepts and interpretation as <see cref="Parse(QueryTree, IReadOnlyCollection{string}, bool, IReadOnlyList{TranslatedClause}?, string?, IReadOnlyList{string}?)"/>
    /// gives with them added to its translations and fed-back codes, assembled from the first parse's prepared tree and
    /// translation queries (the concepts are matched on the words and the translations, which feedback does not change)
    /// rather than parsed again; only the fed-back clauses are built.
    /// </summary>
    public ParsedQuery WithFeedback(ParsedQuery first, IReadOnlyList<TranslatedClause> notions, IReadOnlyList<string> codes)
    {
        if (notions.Any(n => n.IsTranslation)) throw new ArgumentException("fed-back notions are glossary clauses, not translations (searched whole, read for concepts)", nameof(notions));
        var built = first.BuiltFrom;
        var added = notions.Where(t => built.Prepared.Languages.Contains(t.Language)).ToList();
        return Assemble(built with { Clauses = [.. built.Clauses, .. added] }, [.. first.Translations, .. TranslationQueries.Build(added)],
            built.Expand ? [.. first.FedBack, .. codes] : []);
    }

    /// <summary>The query of the prepared tree with the translations and the fed-back codes searched beside its words.</summary>
    private static ParsedQuery Assemble(ParsedQuery.Inputs inputs, IReadOnlyList<(TranslatedClause Clause, Query Query)> translated, IReadOnlyList<string> fed)
    {
        List<Query> beside = [.. translated.Select(t => t.Query)];
        if (ConceptExpansion.Feedback(fed) is { } feedback) beside.Add(feedback);
        var query = LuceneQueryTranslator.Assemble(inputs.Prepared, beside);
        var notions = inputs.Clauses.Where(t => t.IsFedBack).Select(t => t.Source).Distinct(StringComparer.Ordinal);
        var concepts = inputs.Prepared.Concepts;
        List<string> alsoSearched = [.. concepts.Select(AlsoSearched), .. fed.Select(FedBack), .. notions.Select(FedBackNotion)];
        return new ParsedQuery(query, [.. concepts.Select(c => c.Code)], translated, QueryInterpretation.Render(inputs.Prepared.Tree, alsoSearched))
        {
            FedBack = fed,
            BuiltFrom = inputs,
        };
    }

    private static string FedBack(string code) => $"the first hits are classified under the offence {code}: the other provisions classified under it";

    private static string FedBackNotion(string notion) => $"the first hit's heading names “{notion}” (legal glossary): its words in the other languages";

    private static string AlsoSearched(ConceptHit hit) => hit.Translation is { } translation
        ? $"the query's translation “{translation}” ({hit.Language}) names the offence {hit.Code} (“{hit.Term}”): its wording in every language and the provisions classified under it"
        : $"“{hit.Term}” ({hit.Language}) names the offence {hit.Code}: its wording in every language and the provisions classified under it";

    private static IReadOnlyList<string> AllowedLanguages(IReadOnlyCollection<string> languages)
    {
        var allowed = languages.Where(IndexFields.Languages.Contains).Distinct().ToList();
        return allowed.Count > 0 ? allowed : IndexFields.Languages;
    }
}

using Lucene.Net.Search;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>
/// A tree with what its Lucene query adds to the user's parts worked out (<see cref="LuceneQueryTranslator.Prepare"/>), so the
/// query can be assembled from it again with more searched beside the words (feedback) without matching concepts again.
/// </summary>
/// <param name="Languages">The allowed languages, whose stemmed fields bare words search.</param>
/// <param name="Concepts">The concepts named by the ranked words, whose wordings and offence code are searched too.</param>
/// <param name="AllParts">The concepts' expansion and the citations: a provision matching them counts as holding every part.</param>
/// <param name="Whole">The translations with all their words required: holding one counts as holding every part.</param>
/// <param name="Cited">The provision a citation in words names, first of all.</param>
public sealed record PreparedTree(QueryTree Tree, IReadOnlyList<string> Languages, IReadOnlyList<ConceptHit> Concepts, Query? AllParts, Query? Whole, Query? Cited);

/// <summary>
/// Turns a <see cref="QueryTree"/> into one Lucene query. Side-by-side parts are ranked: any may match and
/// provisions that match all of them come first (a constant bonus above any BM25 score). Filters (<c>country:</c>,
/// <c>year:</c>…) are required and score nothing, so they only narrow. Exclusions are MUST_NOT at the level they
/// were typed; at the top level they also cover the cross-language expansion, so expansion never brings back
/// what the user excluded.
/// </summary>
internal sealed class LuceneQueryTranslator(ConceptMatcher matcher, ConceptExpansion expansion)
{
    /// <summary>
    /// Constant score of a provision that matches every ranked part of a side-by-side query: far above any BM25
    /// score here, so such provisions come first and keep their BM25 order among themselves.
    /// </summary>
    public const float AllPartsBonus = 1000f;

    /// <summary>
    /// Constant score of the provision a citation in words names ("article 2 de la Convention"): far above the
    /// all-parts bonus, so the cited provision comes first in whatever language it is written
    /// (<see cref="Merging.LanguageMerge"/> puts such hits before every language's list).
    /// </summary>
    public const float CitedBonus = 1_000_000f;

    /// <summary>A score that holds <see cref="CitedBonus"/>: the provision a citation in words names.</summary>
    public static bool IsCited(float score) => score >= CitedBonus;

    /// <summary>Turns cross-language expansion off (the evaluation compares both).</summary>
    public bool Expand { get; init; } = true;

    /// <summary>What the tree's query adds to its parts: the concepts its words name and their expansion, its citations, its whole translations.</summary>
    /// <param name="wholeTranslations">Each translation with all its words required: a provision holding one counts as holding every part.</param>
    /// <param name="queryLanguage">The language the query is written in, when known (detected for translation).</param>
    /// <param name="translatedTexts">The translations' texts, for the concepts they name when the query's own words name none.</param>
    public PreparedTree Prepare(QueryTree tree, IReadOnlyList<string> languages, IReadOnlyList<Query> wholeTranslations, string? queryLanguage = null, IReadOnlyList<(string Language, string Text)>? translatedTexts = null)
    {
        var concepts = Expand ? Concepts(tree, queryLanguage, translatedTexts ?? []) : [];
        var alsoAll = TextTarget.AnyOf([expansion.Build(concepts, languages), .. CitationQueries.Of(tree)]);
        var cited = CitationQueries.Named(tree) is { } citation ? new ConstantScoreQuery(citation) { Boost = CitedBonus } : null;
        return new PreparedTree(tree, languages, concepts, alsoAll, TextTarget.AnyOf(wholeTranslations), cited);
    }

    /// <summary>
    /// The Lucene query of the prepared tree, with the query's own filters and exclusions (request filters come on top); the
    /// prepared parts are shared, not copied, by every query assembled from them.
    /// </summary>
    /// <param name="beside">Searched beside the top-level parts, adding to the score without counting as holding them all: the query's words translated into other languages, fed-back notions and codes.</param>
    public static Query Assemble(PreparedTree prepared, IReadOnlyList<Query> beside)
    {
        var top = new TopLevel(prepared.AllParts, TextTarget.AnyOf(beside), prepared.Whole, prepared.Cited);
        return Node(prepared.Tree.Root, TextTarget.Provisions(prepared.Languages), top) ?? throw NothingSearchable(prepared.Tree.Root);
    }

    /// <summary>
    /// The concepts the query's words name (in any language's wording, then by their words in the query's own
    /// language); when they name none, those its translations name by the wording of their own language's terms
    /// ("lavagem de ativos" names no Portuguese term; its Spanish translation is "lavado de activos"). A machine
    /// translation's words are too loose to be read one by one (tried: worse on the first held-out set).
    /// </summary>
    private IReadOnlyList<ConceptHit> Concepts(QueryTree tree, string? queryLanguage, IReadOnlyList<(string Language, string Text)> translatedTexts)
    {
        var own = matcher.Find(ConceptText.Of(tree), queryLanguage);
        return own.Count > 0 ? own : [.. translatedTexts.SelectMany(t => matcher.FindIn(t.Language, t.Text).Select(h => h with { Translation = t.Text })).DistinctBy(h => h.Code)];
    }

    /// <summary>
    /// What the top level searches besides the user's parts: <paramref name="AllParts"/> (the concept expansion and
    /// citations, which count as holding every part), <paramref name="Other"/> (translations, which add to the score)
    /// and <paramref name="Whole"/> (translations with all their words: holding one counts as holding every part);
    /// <paramref name="Cited"/> is the provision a citation in words names, first of all.
    /// </summary>
    private sealed record TopLevel(Query? AllParts, Query? Other, Query? Whole, Query? Cited = null)
    {
        public Query? Any => TextTarget.AnyOf([AllParts, Other]);

        public Query? CountsAsAll => TextTarget.AnyOf([AllParts, Whole]);
    }

    private static Query? Node(QueryNode node, TextTarget target, TopLevel? top = null) => node switch
    {
        BooleanNode { Kind: BooleanKind.Any } any => Any(any, target, top?.Any),
        BooleanNode group => Group(group, target, top),
        NotNode or FilterNode or YearRangeNode or ArticleNode { Required: true } => Group(new BooleanNode(BooleanKind.All, [node], node.Span), target, top),
        WordNode => TextTarget.AnyOf([Positive(node, target), top?.Any]),
        _ => Scored(Positive(node, target), top?.Any),
    };

    /// <summary>A precise part alone (a phrase, a proximity): what the top level adds may rank its matches, never widen them.</summary>
    private static Query? Scored(Query? query, Query? extra)
    {
        if (query is null || extra is null) return query;
        return new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { extra, Occur.SHOULD } };
    }

    /// <summary>A part that matches and ranks (not a filter, not an exclusion).</summary>
    private static Query? Positive(QueryNode node, TextTarget target)
    {
        var query = node switch
        {
            WordNode word => LeafQueries.Word(word.Text, target),
            PhraseNode phrase => LeafQueries.Phrase(target.ExactField, phrase.Text, phrase.Slop),
            PrefixNode prefix => LeafQueries.Prefix(prefix.Stem, target.ExactField),
            WildcardNode wildcard => LeafQueries.Wildcard(wildcard.Pattern, target.ExactField),
            FuzzyNode fuzzy => LeafQueries.Fuzzy(fuzzy.Text, fuzzy.Edits, target.ExactField),
            ArticleNode article => LeafQueries.Article(article.Number, article.Required),
            FilterNode filter => LeafQueries.Filter(filter),
            YearRangeNode years => LeafQueries.Years(years),
            FieldScopeNode scope => Node(scope.Inner, TextTarget.Field(FieldName(scope.Field))),
            ProximityNode near => SpanQueries.Build(near, target) ?? throw NothingSearchable(near),
            BoostNode boost => Boosted(Node(boost.Inner, target), boost.Boost),
            BooleanNode or NotNode => Node(node, target),
            _ => null,
        };
        return query;
    }

    private static Query? Boosted(Query? query, float boost)
    {
        if (query is not null) query.Boost *= boost;
        return query;
    }

    private static Query? Any(BooleanNode any, TextTarget target, Query? expanded)
    {
        var anyOf = new BooleanQuery(disableCoord: true);
        foreach (var part in any.Children)
        {
            if (Positive(part, target) is { } query) anyOf.Add(query, Occur.SHOULD);
        }
        if (expanded is not null) anyOf.Add(expanded, Occur.SHOULD);
        return anyOf.Clauses.Count == 0 ? null : anyOf;
    }

    /// <summary>A side-by-side or AND group: its ranked parts, then its filters (required) and exclusions (left out).</summary>
    private static Query? Group(BooleanNode group, TextTarget target, TopLevel? top)
    {
        var ranked = new List<Query>();
        var result = new BooleanQuery(disableCoord: true);
        foreach (var part in group.Children)
        {
            switch (part)
            {
                case NotNode not:
                    result.Add(Exclusion(not.Inner, target), Occur.MUST_NOT);
                    break;
                case FilterNode or YearRangeNode or ArticleNode { Required: true }:
                    result.Add(Positive(part, target)!, Occur.MUST);
                    break;
                default:
                    if (Positive(part, target) is { } query) ranked.Add(query);
                    else if (group.Kind == BooleanKind.All) throw NothingSearchable(part);
                    break;
            }
        }
        var rankedQuery = group.Kind == BooleanKind.All ? AllOf(ranked, top?.Any) : RankedOf(ranked, top);
        if (rankedQuery is not null) result.Add(rankedQuery, Occur.MUST);
        if (result.Clauses.Count == 0) return null;
        if (result.Clauses.All(c => c.Occur == Occur.MUST_NOT)) result.Add(new MatchAllDocsQuery { Boost = 0f }, Occur.MUST);
        return result;
    }

    private static Query? AllOf(IReadOnlyList<Query> parts, Query? expanded)
    {
        if (parts.Count == 0) return expanded;
        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in parts) all.Add(part, Occur.MUST);
        if (expanded is not null) all.Add(expanded, Occur.SHOULD);
        return all;
    }

    private static Query? RankedOf(IReadOnlyList<Query> parts, TopLevel? top)
    {
        if (parts.Count == 0) return top?.Any;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var part in parts) any.Add(part, Occur.SHOULD);
        if (parts.Count > 1) any.Add(AllPartsClause(parts, top?.CountsAsAll), Occur.SHOULD);
        if (top?.AllParts is { } alsoAll) any.Add(alsoAll, Occur.SHOULD);
        if (top?.Other is { } other) any.Add(other, Occur.SHOULD);
        if (top?.Cited is { } cited) any.Add(cited, Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// Matches provisions holding every part, with a constant score that puts them first. A provision that matches
    /// the concept the words name (its wording in another language, its offence code) counts as holding them all:
    /// "unauthorized access" is answered by Colombia's "acceso abusivo" as much as by an English text with both words.
    /// </summary>
    private static Query AllPartsClause(IReadOnlyList<Query> parts, Query? expanded)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in parts) all.Add(part, Occur.MUST);
        if (expanded is null) return new ConstantScoreQuery(all) { Boost = AllPartsBonus };
        var allOrConcept = new BooleanQuery(disableCoord: true) { { all, Occur.SHOULD }, { expanded, Occur.SHOULD } };
        return new ConstantScoreQuery(allOrConcept) { Boost = AllPartsBonus };
    }

    /// <summary>What a NOT leaves out: a word in the stemmed field of every language and in the exact field, so no form or language of it slips through.</summary>
    private static Query Exclusion(QueryNode inner, TextTarget target)
    {
        var wide = TextTarget.Provisions(IndexFields.Languages);
        var excluded = new BooleanQuery(disableCoord: true);
        if (Positive(inner, inner is WordNode ? wide : target) is { } query) excluded.Add(query, Occur.SHOULD);
        if (inner is WordNode word && LeafQueries.Phrase(IndexFields.Exact, word.Text, 0) is { } exact) excluded.Add(exact, Occur.SHOULD);
        return excluded.Clauses.Count == 0 ? throw NothingSearchable(inner) : excluded;
    }

    private static string FieldName(QueryField field) => field == QueryField.Notes ? IndexFields.Notes : IndexFields.Heading;

    private static QuerySyntaxException NothingSearchable(QueryNode node) => new(new QueryError(QueryErrorKind.NoSearchableWords, node.Span));
}

using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Caching;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// A translated clause as a Lucene query on its language's stemmed field, boosted by the clause's weight: its words
/// (any of them) plus, for several words, the same words close together (slop <see cref="Slop"/>) so a translation
/// that reads as the statute's own wording ranks above scattered matches. A phrase stays a phrase.
/// Each clause's queries are analysed once and kept (<see cref="Capacity"/>): a clause's text and weight make the same
/// query every time, queries and their translations repeat, and the analysis was a quarter of parsing a query (perf,
/// bench/README.md, ninth round). Like the concept expansion's wordings, the kept queries are shared by every search
/// and never changed (a boost is set only when one is built).
/// </summary>
internal static class TranslationQueries
{
    public const int Slop = 2;

    private static readonly IReadOnlyDictionary<string, Analyzer> Analyzers =
        IndexFields.Languages.ToDictionary(l => l, AnalyzerFactory.ForTranslation);

    /// <summary>At most this many clauses' queries are kept, of each kind; past it all of that kind are dropped and built again.</summary>
    public const int Capacity = 8_192;

    private static readonly BoundedCache<TranslatedClause, Query?> Ranked = new(Capacity);

    private static readonly BoundedCache<TranslatedClause, Query?> Required = new(Capacity);

    /// <summary>How many clauses' queries are kept, ranked and whole (tests).</summary>
    public static (int Ranked, int Whole) KeptCounts => (Ranked.Count, Required.Count);

    public static IReadOnlyList<(TranslatedClause Clause, Query Query)> Build(IEnumerable<TranslatedClause> clauses)
    {
        var built = new List<(TranslatedClause, Query)>();
        foreach (var clause in clauses)
        {
            if (Ranked.GetOrAdd(clause, 0, static (c, _) => Build(c)) is { } query) built.Add((clause, query));
        }
        return built;
    }

    /// <summary>
    /// The most words a translation may have to count whole: a longer machine translation rarely says what the statutes
    /// say with every word right ("acción de amparo contra actos de autoridad" → "Action of protect against acts of
    /// authority"), and the provisions holding all of its words are mostly long texts holding them by chance, which then
    /// ranked with those holding every part of the query. Chosen on the tuning, first and third sets (recall@10 / nDCG@10 /
    /// MRR): without a bound 0.941 / 0.807 / 0.867 · 0.925 / 0.795 / 0.875 · 0.604 / 0.505 / 0.673; at 2, 3 or 4 words
    /// 0.943 / 0.808–0.809 / 0.867 · unchanged · 0.609 / 0.509 / 0.677 (two queries gained a provision, none lost one; at
    /// 2 and 3 the runs without the lexicon gained most); at 5 as without a bound.
    /// </summary>
    public const int WholeWordsAtMost = 3;

    /// <summary>
    /// Each translation with every one of its words required (a phrase as a phrase): a provision that says the whole
    /// translated query. Translations of more than <see cref="WholeWordsAtMost"/> words count word by word only.
    /// </summary>
    public static IReadOnlyList<Query> Whole(IEnumerable<TranslatedClause> clauses, IReadOnlyList<string> languages)
    {
        var whole = new List<Query>();
        foreach (var clause in clauses.Where(c => languages.Contains(c.Language) && c.IsTranslation))
        {
            if (Required.GetOrAdd(clause, 0, static (c, _) => BuildWhole(c)) is { } query) whole.Add(query);
        }
        return whole;
    }

    /// <summary>The clause with every one of its words required, built anew (what <see cref="Whole"/> keeps); null past <see cref="WholeWordsAtMost"/> words.</summary>
    internal static Query? BuildWhole(TranslatedClause clause)
    {
        if (!Analyzers.TryGetValue(clause.Language, out var analyzer)) return null;
        var builder = new QueryBuilder(analyzer);
        var field = IndexFields.TextIn(clause.Language);
        if (clause.IsPhrase) return builder.CreatePhraseQuery(field, clause.Text);
        var every = builder.CreateBooleanQuery(field, clause.Text, Occur.MUST);
        return every is BooleanQuery { Clauses.Count: > WholeWordsAtMost } ? null : every;
    }

    /// <summary>Weight of a cognate prefix (a constant score) per unit of the clause's weight: about one BM25 term match.</summary>
    public const float CognateScore = 3f;

    /// <summary>The clause's ranked query, built anew (what <see cref="Build(IEnumerable{TranslatedClause})"/> keeps).</summary>
    internal static Query? Build(TranslatedClause clause)
    {
        if (clause.IsCognate) return Cognate(clause);
        if (!Analyzers.TryGetValue(clause.Language, out var analyzer)) return null;
        var builder = new QueryBuilder(analyzer);
        var field = IndexFields.TextIn(clause.Language);
        var phrase = builder.CreatePhraseQuery(field, clause.Text, clause.IsPhrase ? 0 : Slop);
        Query? query = clause.IsPhrase ? phrase : builder.CreateBooleanQuery(field, clause.Text, Occur.SHOULD);
        if (query is null) return null;
        if (!clause.IsPhrase && !clause.IsGlossary && phrase is PhraseQuery or MultiPhraseQuery)
        {
            query = new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD }, { phrase, Occur.SHOULD } };
        }
        query.Boost = clause.Weight;
        return query;
    }

    /// <summary>The prefix in the folded exact field, within the clause's language (the exact field holds every language).</summary>
    private static Query Cognate(TranslatedClause clause) => new BooleanQuery(disableCoord: true)
    {
        { new ConstantScoreQuery(new PrefixQuery(new Term(IndexFields.Exact, clause.Text))) { Boost = clause.Weight * CognateScore }, Occur.MUST },
        { QueryTranslation.LeafQueries.NoScore(new TermQuery(new Term(IndexFields.Language, clause.Language))), Occur.MUST },
    };
}

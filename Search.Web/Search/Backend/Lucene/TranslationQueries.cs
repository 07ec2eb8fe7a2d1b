using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// A translated clause as a Lucene query on its language's stemmed field, boosted by the clause's weight: its words
/// (any of them) plus, for several words, the same words close together (slop <see cref="Slop"/>) so a translation
/// that reads as the statute's own wording ranks above scattered matches. A phrase stays a phrase.
/// </summary>
internal static class TranslationQueries
{
    public const int Slop = 2;

    private static readonly IReadOnlyDictionary<string, Analyzer> Analyzers =
        IndexFields.Languages.ToDictionary(l => l, AnalyzerFactory.ForLanguage);

    public static IReadOnlyList<(TranslatedClause Clause, Query Query)> Build(IEnumerable<TranslatedClause> clauses)
    {
        var built = new List<(TranslatedClause, Query)>();
        foreach (var clause in clauses)
        {
            if (Build(clause) is { } query) built.Add((clause, query));
        }
        return built;
    }

    private static Query? Build(TranslatedClause clause)
    {
        if (!Analyzers.TryGetValue(clause.Language, out var analyzer)) return null;
        var builder = new QueryBuilder(analyzer);
        var field = IndexFields.TextIn(clause.Language);
        var phrase = builder.CreatePhraseQuery(field, clause.Text, clause.IsPhrase ? 0 : Slop);
        Query? query = clause.IsPhrase ? phrase : builder.CreateBooleanQuery(field, clause.Text, Occur.SHOULD);
        if (query is null) return null;
        if (!clause.IsPhrase && phrase is PhraseQuery or MultiPhraseQuery)
        {
            query = new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD }, { phrase, Occur.SHOULD } };
        }
        query.Boost = clause.Weight;
        return query;
    }
}

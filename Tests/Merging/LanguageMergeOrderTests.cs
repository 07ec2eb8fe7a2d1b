using Lucene.Net.Search;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;
using LegalSearch.Web.Search.Merging;

namespace LegalSearch.Tests.Merging;

/// <summary>
/// The merge's array sorts (ninth round) give the order LINQ's stable ordering gave (kept below as the reference), on
/// the languages' lists of real searches: every query of the retrieval tuning set, translated as the site translates
/// it, its best 200 hits on the corpus index split by language, with their bonuses read as the backend reads them.
/// </summary>
public sealed class LanguageMergeOrderTests
{
    [Test]
    public void The_merged_order_of_real_searches_is_the_stable_ordering_of_before()
    {
        using var corpus = new CorpusReader();
        using var services = new CorpusServices();
        var parser = new SearchQueryParser();
        var searcher = new IndexSearcher(corpus.Reader);
        var window = new WindowValues(searcher);
        int hits = 0, ties = 0;
        foreach (var query in EvaluationSet.Load().Select(q => q.Query))
        {
            var request = new SearchRequest(query, [], [], [], [], 1, SearchRequest.DefaultSize);
            var translation = services.Search.Translate(request);
            var parsed = parser.Parse(request.Tree, [], true, translation.Clauses, translation.SourceLanguage);
            using var shared = new SharedTermStates(searcher);
            var found = searcher.Search(shared.Apply(parsed.Query), 200).ScoreDocs;
            var lists = found.GroupBy(h => window.Of(h.Doc).Language).ToDictionary(
                g => g.Key, g => (IReadOnlyList<LanguageMerge.Ranked<ScoreDoc>>)[.. g.Select(Ranked)], StringComparer.Ordinal);
            var directly = translation.Clauses.Select(c => c.Language).ToHashSet(StringComparer.Ordinal);
            double WeightOf(string language) => LanguageMerge.WeightOf(language, translation.SourceLanguage ?? "", directly);

            var merged = LanguageMerge.Merge(lists, WeightOf);
            var before = Previous(lists, WeightOf);
            Assert.That(merged.Select(m => (m.Hit.Doc, m.Score)), Is.EqualTo(before.Select(m => (m.Hit.Doc, m.Score))), query);
            hits += merged.Count;
            ties += merged.Zip(merged.Skip(1)).Count(p => p.First.Score == p.Second.Score);
        }
        TestContext.Progress.WriteLine($"{hits} merged hits compared, {ties} ties of merged score kept in order");
        Assert.That(ties, Is.GreaterThan(0), "ties, which only the stable order settles, are among them");
    }

    /// <summary>The hit with the translator's bonuses taken off, as the backend reads it.</summary>
    private static LanguageMerge.Ranked<ScoreDoc> Ranked(ScoreDoc hit)
    {
        var score = hit.Score;
        var cited = LuceneQueryTranslator.IsCited(score);
        if (cited) score -= LuceneQueryTranslator.CitedBonus;
        var holdsAll = score >= LuceneQueryTranslator.AllPartsBonus;
        if (holdsAll) score -= LuceneQueryTranslator.AllPartsBonus;
        return new(hit, score, holdsAll, cited);
    }

    /// <summary>The merge as LINQ wrote it before the ninth round.</summary>
    private static IReadOnlyList<(T Hit, double Score)> Previous<T>(IReadOnlyDictionary<string, IReadOnlyList<LanguageMerge.Ranked<T>>> byLanguage, Func<string, double> weightOf) =>
        [.. byLanguage
            .SelectMany(kv =>
            {
                var weight = weightOf(kv.Key);
                return Normalized(kv.Value).Select(n => (n.Hit, Weight: weight, Fused: weight * (n.Tier + n.Share)));
            })
            .OrderByDescending(h => h.Hit.Cited)
            .ThenByDescending(h => h.Fused)
            .ThenByDescending(h => h.Weight)
            .ThenByDescending(h => h.Hit.Score)
            .Select(h => (h.Hit.Hit, h.Fused))];

    private static IEnumerable<(LanguageMerge.Ranked<T> Hit, double Tier, double Share)> Normalized<T>(IReadOnlyList<LanguageMerge.Ranked<T>> list)
    {
        var bestAll = list.Where(h => h.HoldsAll).Select(h => h.Score).DefaultIfEmpty(0).Max();
        var bestOther = list.Where(h => !h.HoldsAll).Select(h => h.Score).DefaultIfEmpty(0).Max();
        int rankAll = 0, rankOther = 0;
        foreach (var hit in list.OrderByDescending(h => h.HoldsAll).ThenByDescending(h => h.Score))
        {
            var best = hit.HoldsAll ? bestAll : bestOther;
            var rank = hit.HoldsAll ? ++rankAll : ++rankOther;
            var share = Math.Min(best > 0 ? hit.Score / best : 0, (LanguageMerge.RankConstant + 1) / (LanguageMerge.RankConstant + rank));
            yield return (hit, hit.HoldsAll ? 1 : 0, share);
        }
    }
}

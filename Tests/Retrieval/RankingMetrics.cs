using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// recall@k over the expected (grade 2) provisions; nDCG@k with graded gains (2 expected, 1 related; a judged
/// provision counts once, at its first hit); MRR: 1 / rank of the first judged hit within k.
/// </summary>
public static class RankingMetrics
{
    public static double RecallAt(IReadOnlyList<ProvisionView> ranked, EvaluationQuery query, int k) =>
        query.Expected.Count == 0 ? 1 : query.Expected.Count(e => ranked.Take(k).Any(e.Matches)) / (double)query.Expected.Count;

    public static double NdcgAt(IReadOnlyList<ProvisionView> ranked, EvaluationQuery query, int k)
    {
        var found = new HashSet<ExpectedProvision>();
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            var match = query.Judged.FirstOrDefault(e => !found.Contains(e) && e.Matches(ranked[i]));
            if (match is null) continue;
            found.Add(match);
            dcg += query.Grade(match) / Math.Log2(i + 2);
        }
        var ideal = query.Judged.Select(query.Grade).OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 1 : dcg / ideal;
    }

    public static double ReciprocalRankAt(IReadOnlyList<ProvisionView> ranked, EvaluationQuery query, int k)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (query.Judged.Any(e => e.Matches(ranked[i]))) return 1.0 / (i + 1);
        }
        return 0;
    }
}

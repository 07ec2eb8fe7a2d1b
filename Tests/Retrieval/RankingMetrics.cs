using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>recall@k and nDCG@k with binary relevance: a hit is relevant when it is the first hit for one expected provision.</summary>
public static class RankingMetrics
{
    public static double RecallAt(IReadOnlyList<ProvisionView> ranked, IReadOnlyList<ExpectedProvision> expected, int k) =>
        expected.Count == 0 ? 1 : expected.Count(e => ranked.Take(k).Any(e.Matches)) / (double)expected.Count;

    public static double NdcgAt(IReadOnlyList<ProvisionView> ranked, IReadOnlyList<ExpectedProvision> expected, int k)
    {
        var found = new HashSet<ExpectedProvision>();
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            var match = expected.FirstOrDefault(e => !found.Contains(e) && e.Matches(ranked[i]));
            if (match is null) continue;
            found.Add(match);
            dcg += 1 / Math.Log2(i + 2);
        }
        var ideal = Enumerable.Range(0, Math.Min(k, expected.Count)).Sum(i => 1 / Math.Log2(i + 2));
        return ideal == 0 ? 1 : dcg / ideal;
    }
}

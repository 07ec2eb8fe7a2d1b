using System.Globalization;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// The evaluation runner: every query of evaluation-set.json through the search service behind /api/search, over the
/// corpus index, with and without cross-language expansion; prints recall@10 and nDCG@10 overall and per language.
/// </summary>
public sealed class RetrievalEvaluationTests
{
    private const int K = 10;
    private const double TargetRecall = 0.9;

    private IReadOnlyList<EvaluationQuery> queries = [];
    private IReadOnlyList<Outcome> expanded = [];
    private IReadOnlyList<Outcome> plain = [];
    private IReadOnlySet<ExpectedProvision> absent = new HashSet<ExpectedProvision>();

    private sealed record Outcome(EvaluationQuery Query, double Recall, double Ndcg, IReadOnlyList<ExpectedProvision> Missed);

    [OneTimeSetUp]
    public void RunEvaluation()
    {
        queries = EvaluationSet.Load();
        using var services = new CorpusServices();
        expanded = Run(services.Search, expand: true);
        plain = Run(services.Search, expand: false);
        absent = RankedProvisions.Absent(services.Statutes, queries.SelectMany(q => q.Expected));
        TestContext.Progress.WriteLine(Report());
    }

    [Test]
    public void The_set_has_at_least_thirty_queries_in_four_languages()
    {
        Assert.That(queries, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(queries.Select(q => q.Language).Distinct(), Is.SupersetOf(new[] { "es", "en", "pt", "fr" }));
    }

    [Test]
    public void Expansion_does_not_lose_what_the_plain_query_finds() =>
        Assert.That(expanded.Average(o => o.Recall), Is.GreaterThanOrEqualTo(plain.Average(o => o.Recall)));

    [Test]
    public void Recall_at_ten_with_expansion_meets_the_target() =>
        Assert.That(expanded.Average(o => o.Recall), Is.GreaterThanOrEqualTo(TargetRecall), Report());

    private IReadOnlyList<Outcome> Run(SearchService search, bool expand) =>
    [
        .. queries.Select(q =>
        {
            var ranked = RankedProvisions.Distinct(RankedProvisions.Of(search, q.Query, 100, expand), K);
            var missed = q.Expected.Where(e => !ranked.Any(e.Matches)).ToList();
            return new Outcome(q, RankingMetrics.RecallAt(ranked, q.Expected, K), RankingMetrics.NdcgAt(ranked, q.Expected, K), missed);
        }),
    ];

    private double? RecallOfPresent(EvaluationQuery query, IReadOnlyList<ExpectedProvision> missed)
    {
        var held = query.Expected.Where(e => !absent.Contains(e)).ToList();
        return held.Count == 0 ? null : held.Count(e => !missed.Contains(e)) / (double)held.Count;
    }

    private string Report()
    {
        var lines = new List<string> { $"{"language",-9}{"queries",8}{"recall@10",12}{"nDCG@10",10}{"recall@10 (no exp.)",22}{"nDCG@10 (no exp.)",20}" };
        foreach (var group in queries.Select(q => q.Language).Distinct().Order().Append("all"))
        {
            bool In(Outcome o) => group == "all" || o.Query.Language == group;
            var with = expanded.Where(In).ToList();
            var without = plain.Where(In).ToList();
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{group,-9}{with.Count,8}{with.Average(o => o.Recall),12:F3}{with.Average(o => o.Ndcg),10:F3}{without.Average(o => o.Recall),22:F3}{without.Average(o => o.Ndcg),20:F3}"));
        }
        var present = expanded.Select(o => RecallOfPresent(o.Query, o.Missed)).OfType<double>().ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"recall@10 with expansion over provisions the index holds: {present.Average():F3} (not segmented yet: {string.Join(", ", absent)})"));
        lines.AddRange(expanded.Where(o => o.Missed.Count > 0)
            .Select(o => $"  missed with expansion [{o.Query.Language}] {o.Query.Query}: {string.Join(", ", o.Missed.Select(m => absent.Contains(m) ? $"{m} (absent)" : m.ToString()))}"));
        return string.Join(Environment.NewLine, lines);
    }
}

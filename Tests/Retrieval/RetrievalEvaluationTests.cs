using System.Globalization;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Folding;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// The evaluation runner: every query of the tuning set (evaluation-set.json) and of the held-out sets
/// (heldout-set.json, heldout2-set.json: never tuned on; heldout3-set.json: a development set written like the second; README.md says how each was written) through the search service behind /api/search, page 1 as served (editions
/// folded), over the corpus index; with and without translation, with and without the lexicon. Prints recall@10,
/// nDCG@10 and MRR overall, per language and per kind (keyword, phrase, number, cross-language).
/// <c>dotnet test Tests --filter FullyQualifiedName~RetrievalEvaluation --logger "console;verbosity=detailed"</c>
/// </summary>
public sealed class RetrievalEvaluationTests
{
    private const int K = 10;
    /// <summary>
    /// recall@10 the tuning set must keep. It was 0.9 over its first 44 (mostly lexicon) queries; the 16 added on
    /// concepts no lexicon entry knows (laundering, bribery, extortion, trafficking, defamation…) brought it to ~0.84.
    /// </summary>
    private const double TargetRecall = 0.8;

    /// <summary>Which expansions a run uses.</summary>
    private sealed record Mode(string Name, bool Lexicon, bool Translation);

    private static readonly Mode Full = new("all", true, true);
    private static readonly Mode[] Modes = [Full, new("no translation", true, false), new("no lexicon", false, true), new("neither", false, false)];

    private sealed record Outcome(EvaluationQuery Query, IReadOnlyList<string> Kinds, IReadOnlyList<ProvisionView> Page, double Recall, double Ndcg, double Rr);

    private readonly Dictionary<(string Set, Mode Mode), IReadOnlyList<Outcome>> runs = [];

    [OneTimeSetUp]
    public void RunEvaluation()
    {
        using var services = new CorpusServices();
        var held = services.Statutes.List().SelectMany(s => services.Statutes.Find(s.Id)?.Provisions ?? []).ToList();
        foreach (var set in new[] { EvaluationSet.Tuning, EvaluationSet.HeldOut, EvaluationSet.HeldOut3, EvaluationSet.HeldOut2 })
        {
            var queries = EvaluationSet.Load(set);
            foreach (var mode in Modes) runs[(set, mode)] = [.. queries.Select(q => Run(services.Search, q, mode, held))];
            TestContext.Progress.WriteLine(Report(set));
        }
    }

    [Test]
    public void The_sets_have_queries_in_four_languages_and_the_held_out_set_mostly_crosses_languages()
    {
        Assert.That(Outcomes(EvaluationSet.Tuning), Has.Count.GreaterThanOrEqualTo(30));
        foreach (var heldOut in new[] { Outcomes(EvaluationSet.HeldOut), Outcomes(EvaluationSet.HeldOut2), Outcomes(EvaluationSet.HeldOut3) })
        {
            Assert.That(heldOut, Has.Count.GreaterThanOrEqualTo(40));
            Assert.That(heldOut.Select(o => o.Query.Language).Distinct(), Is.SupersetOf(new[] { "es", "en", "pt", "fr" }));
            Assert.That(heldOut.Count(o => o.Kinds.Contains("cross-language")), Is.GreaterThanOrEqualTo(heldOut.Count / 2));
        }
    }

    [Test]
    public void Tuning_recall_at_ten_meets_the_target() =>
        Assert.That(Outcomes(EvaluationSet.Tuning).Average(o => o.Recall), Is.GreaterThanOrEqualTo(TargetRecall), Report(EvaluationSet.Tuning));

    [Test]
    public void The_lexicon_does_not_lose_what_the_plain_query_finds() =>
        Assert.That(Outcomes(EvaluationSet.Tuning).Average(o => o.Recall),
            Is.GreaterThanOrEqualTo(runs[(EvaluationSet.Tuning, Modes[2])].Average(o => o.Recall)));

    [Test]
    public void Translation_raises_held_out_cross_language_recall()
    {
        double CrossRecall(IReadOnlyList<Outcome> outcomes) => outcomes.Where(o => o.Kinds.Contains("cross-language")).Average(o => o.Recall);

        Assert.That(CrossRecall(Outcomes(EvaluationSet.HeldOut)), Is.GreaterThan(CrossRecall(runs[(EvaluationSet.HeldOut, Modes[1])]) + 0.03),
            Report(EvaluationSet.HeldOut));
    }

    /// <summary>
    /// Checked apart from the fold's own key: two hits of one country, year, kind and article number (copy and
    /// language tags aside) are twins when they are in different languages or their statute ids differ only by a
    /// format suffix (br-lei-13709-2018 / -html, int-ets-185-md / -pdf, us-6-usc-ch-1 / -pdf).
    /// </summary>
    [Test]
    public void No_first_page_holds_two_editions_of_one_provision()
    {
        var twins = runs.Where(r => r.Key.Mode == Full).SelectMany(r => r.Value)
            .SelectMany(o => o.Page.SelectMany((a, i) => o.Page.Skip(i + 1).Where(b => AreTwins(a, b)).Select(b => $"{o.Query.Query}: {a.Id} + {b.Id}")))
            .ToList();

        Assert.That(twins, Is.Empty);
    }

    private static bool AreTwins(ProvisionView a, ProvisionView b) =>
        a.Country == b.Country && a.Year == b.Year && a.Kind == b.Kind
        && EditionKey.BaseArticle(a.Article).Equals(EditionKey.BaseArticle(b.Article), StringComparison.OrdinalIgnoreCase)
        && (a.Language != b.Language || WithoutFormat(a.StatuteId) == WithoutFormat(b.StatuteId));

    private static string WithoutFormat(string statuteId) =>
        System.Text.RegularExpressions.Regex.Replace(statuteId, "-(pdf|md|html|htm|xml)$", "");

    private IReadOnlyList<Outcome> Outcomes(string set) => runs[(set, Full)];

    private static Outcome Run(SearchService search, EvaluationQuery query, Mode mode, IReadOnlyList<ProvisionView> held)
    {
        var page = RankedProvisions.Of(search, query.Query, K, mode.Lexicon, mode.Translation);
        return new Outcome(query, Kinds(query, held), page,
            RankingMetrics.RecallAt(page, query, K), RankingMetrics.NdcgAt(page, query, K), RankingMetrics.ReciprocalRankAt(page, query, K));
    }

    /// <summary>keyword, phrase or number; and cross-language when an expected provision exists in no edition of the query's language.</summary>
    private static IReadOnlyList<string> Kinds(EvaluationQuery query, IReadOnlyList<ProvisionView> held)
    {
        var kind = query.Query.Contains('"', StringComparison.Ordinal) ? "phrase" : query.Query.Any(char.IsAsciiDigit) ? "number" : "keyword";
        var crosses = query.Expected.Any(e => !held.Any(p => e.Matches(p) && p.Language == query.Language));
        return crosses ? [kind, "cross-language"] : [kind];
    }

    private string Report(string set)
    {
        var lines = new List<string> { $"{set}: recall@10 / nDCG@10 / MRR on page 1 as served", $"{"slice",-16}{"queries",8}" + string.Concat(Modes.Select(m => $"{m.Name,24}")) };
        var full = Outcomes(set);
        var slices = new[] { "all", "en", "es", "pt", "fr", "keyword", "phrase", "number", "cross-language" };
        foreach (var slice in slices)
        {
            bool In(Outcome o) => slice == "all" || o.Query.Language == slice || o.Kinds.Contains(slice);
            var count = full.Count(In);
            if (count == 0) continue;
            var cells = Modes.Select(m => runs[(set, m)].Where(In).ToList())
                .Select(os => string.Create(CultureInfo.InvariantCulture, $"{os.Average(o => o.Recall):F3} {os.Average(o => o.Ndcg):F3} {os.Average(o => o.Rr):F3}"));
            lines.Add($"{slice,-16}{count,8}" + string.Concat(cells.Select(c => $"{c,24}")));
        }
        // The second held-out set's misses are not printed: read one by one, they would become the next settings.
        if (set == EvaluationSet.HeldOut2) return string.Join(Environment.NewLine, lines);
        lines.AddRange(full.Where(o => o.Recall < 1).Select(o =>
            $"  missed [{o.Query.Language}] {o.Query.Query}: {string.Join(", ", o.Query.Expected.Where(e => !o.Page.Any(e.Matches)))}"));
        return string.Join(Environment.NewLine, lines);
    }
}

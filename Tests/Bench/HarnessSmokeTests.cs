using LegalSearch.Bench;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Search;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Bench;

/// <summary>
/// The benchmark harness (bench/) on the sample statutes and two queries: both engines index the same provisions
/// through the indexer pipeline, answer the same queries, and the comparison writes its table. Timings are not
/// asserted (they belong to bench/, as ratios); that the harness runs and both sides find what is there is.
/// </summary>
public sealed class HarnessSmokeTests
{
    private static readonly BenchQuery[] Mix =
    [
        new("terms", "acceso", null, null, "acceso", null),
        new("phrase", "\"computer misuse\"", null, null, "\"computer misuse\"", null),
    ];

    [Test]
    public async Task The_search_comparison_runs_both_engines_over_the_same_provisions_and_writes_its_table()
    {
        var work = TestPaths.NewTempFolder("bench-smoke");
        var results = Path.Combine(work, "latest.md");
        var context = new BenchContext(TestPaths.Samples, work, TextWriter.Null, results, Mix);

        await SearchComparison.RunAsync(context, rounds: 1, http: false, baselineWeb: null);

        var report = File.ReadAllText(results);
        Assert.That(report, Does.Contain("| LegalSearch in process"));
        Assert.That(report, Does.Contain("| SQLite FTS5, any word, top 10 |"));
        using var fts = Fts5Engine.Open(context.Fts5Database);
        using var ours = new InProcessSearch(context.LuceneIndex);
        foreach (var query in Mix)
        {
            Assert.That(fts.Search(query.Fts, null, null, Fts5Work.TopTen), Is.GreaterThan(0), $"FTS5 finds {query.Fts}");
            Assert.That(ours.Search(query).Total, Is.GreaterThan(0), $"LegalSearch finds {query.Q}");
        }
    }
}

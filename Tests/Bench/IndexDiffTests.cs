using LegalSearch.Bench.Corpus;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Indexing;
using LegalSearch.Indexer.Domain;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Bench;

/// <summary>
/// <c>bench -- index-diff</c>, which shows that a change to the writer wrote the same index: two builds of the same
/// statutes (three shared corpus files and the samples) compare identical however many workers numbered their documents,
/// and one changed word of one provision, or one statute gone, is found.
/// </summary>
public sealed class IndexDiffTests
{
    [Test]
    public void Two_builds_of_the_same_statutes_are_identical_and_one_changed_word_is_found()
    {
        var work = TestPaths.NewTempFolder("index-diff");
        var statutes = RealProvisions.Load(SmallCorpus.Create(SmallCorpus.SomeSharedFiles), TextWriter.Null).Statutes;
        Assert.That(statutes.Sum(s => s.Provisions.Count), Is.GreaterThan(50));
        var one = Build(statutes, Path.Combine(work, "one"), workers: 1);
        var two = Build(statutes, Path.Combine(work, "two"), workers: 2);
        Assert.That(IndexDiff.Run(one, two, TextWriter.Null), Is.Zero, "the same statutes, documents numbered differently");

        var statute = statutes.First(s => s.Provisions.Count > 3);
        var provision = statute.Provisions[2];
        var changed = statute with { Provisions = [.. statute.Provisions.Select(p => p == provision ? p with { Text = p.Text + " palabra" } : p)] };
        var edited = Build([.. statutes.Select(s => s == statute ? changed : s)], Path.Combine(work, "edited"), workers: 1);
        var log = new StringWriter();
        Assert.That(IndexDiff.Run(one, edited, log), Is.GreaterThan(0), "one more word in one provision");
        Assert.That(log.ToString(), Does.Contain("palabra"));

        var fewer = Build([.. statutes.Where(s => s != statute)], Path.Combine(work, "fewer"), workers: 1);
        Assert.That(IndexDiff.Run(one, fewer, TextWriter.Null), Is.GreaterThan(0), "a statute fewer");
    }

    private static string Build(IReadOnlyList<Statute> statutes, string path, int workers)
    {
        LuceneIndexBuilder.Build(statutes, path, workers);
        return path;
    }
}

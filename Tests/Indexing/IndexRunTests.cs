using System.Text.Json;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Locking;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace LegalSearch.Tests.Indexing;

/// <summary>A run is a set against the sources, committed once, recorded in the run history (real index on disk).</summary>
public sealed class IndexRunTests
{
    private const string EnglishSample = "samples/en/sample-computer-misuse-act-2025.md";
    private static readonly int Samples = SmallCorpus.Samples;
    private const string FrenchSample = "samples/fr/loi-exemple-cybercriminalite-2025.xml";

    private static IndexRun Run(string index, string corpus) =>
        new IndexingService().Run(new IndexRunRequest(index, LocalSourceScanner.Scan([corpus])) { Ocr = false, Trigger = "test" });

    private static Dictionary<string, IndexedStatute> Committed(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var statutes = IndexedStatutes.Read(directory);
        return statutes.ById.ToDictionary();
    }

    private static long Generation(string index)
    {
        using var directory = FSDirectory.Open(index);
        return SegmentInfos.GetLastCommitGeneration(directory);
    }

    [Test]
    public void Added_unchanged_changed_and_removed_statutes_are_computed_against_the_source_set()
    {
        var corpus = SmallCorpus.Create();
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");

        var first = Run(index, corpus);
        var firstIds = Committed(index);
        var generation = Generation(index);
        var second = Run(index, corpus);

        Assert.That(first.Status, Is.EqualTo(IndexRunStatus.Succeeded), first.Error);
        Assert.That(first.Counts, Is.EqualTo(new IndexRunCounts(Samples, Samples, 0, 0, 0, 0, first.Counts.ProvisionsWritten)));
        Assert.That(second.Counts, Is.EqualTo(new IndexRunCounts(Samples, 0, 0, Samples, 0, 0, 0)), "unchanged sources are not extracted again");
        Assert.That(Generation(index), Is.EqualTo(generation), "a run that changes nothing writes no commit");

        var english = Path.Combine(corpus, EnglishSample);
        File.WriteAllText(english, File.ReadAllText(english).Replace("not exceeding 90 days", "not exceeding 120 days"));
        File.Delete(Path.Combine(corpus, FrenchSample));
        var third = Run(index, corpus);
        var thirdIds = Committed(index);

        var englishId = firstIds.Values.Single(s => s.Source == EnglishSample).Id;
        var frenchId = firstIds.Values.Single(s => s.Source == FrenchSample).Id;
        Assert.That(third.Counts, Is.EqualTo(new IndexRunCounts(Samples - 1, 0, 1, Samples - 2, 1, 0, third.Counts.ProvisionsWritten)));
        var changed = third.Changes.Single(c => c.Outcome == StatuteOutcome.Changed);
        Assert.That(changed.StatuteId, Is.EqualTo(englishId));
        Assert.That(changed.Reason, Is.EqualTo("content changed"));
        Assert.That(changed.TextChanged, Is.EqualTo(new[] { $"{englishId}/art-4" }), "only the provision whose text changed is named");
        Assert.That(third.Changes.Single(c => c.Outcome == StatuteOutcome.Removed).StatuteId, Is.EqualTo(frenchId));
        Assert.That(thirdIds.Keys, Is.EquivalentTo(firstIds.Keys.Where(id => id != frenchId)), "a deleted source leaves the index; the others keep their ids");
        Assert.That(thirdIds[englishId].ContentHash, Is.EqualTo(RunPlanner.Sha256Of(english)));
    }

    [Test]
    public void A_renamed_file_leaves_the_index_under_its_old_source()
    {
        var corpus = SmallCorpus.Create();
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var loose = Directory.CreateDirectory(Path.Combine(corpus, "docs", "xe")).FullName;
        File.Copy(Path.Combine(corpus, EnglishSample), Path.Combine(loose, "old-name-act.md"));
        Run(index, corpus);
        var before = Committed(index);

        File.Move(Path.Combine(loose, "old-name-act.md"), Path.Combine(loose, "new-name-act.md"));
        var manifestPath = Path.Combine(corpus, "manifest.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace(FrenchSample, "samples/fr/renamed.xml"));
        File.Move(Path.Combine(corpus, FrenchSample), Path.Combine(corpus, "samples/fr/renamed.xml"));
        var run = Run(index, corpus);
        var after = Committed(index);

        Assert.That(after.Values.Select(s => s.Source), Does.Not.Contain("docs/xe/old-name-act.md").And.Not.Contain(FrenchSample));
        Assert.That(after.Values.Select(s => s.Source), Does.Contain("docs/xe/new-name-act.md").And.Contain("samples/fr/renamed.xml"));
        Assert.That(after, Has.Count.EqualTo(before.Count), "a rename is not a second statute");
        var french = run.Changes.Single(c => c.Source == "samples/fr/renamed.xml");
        Assert.That(french.Outcome, Is.EqualTo(StatuteOutcome.Changed), "a manifest statute keeps its id when its file moves");
        Assert.That(french.Reason, Is.EqualTo($"source moved from {FrenchSample}"));
        Assert.That(run.Changes.Single(c => c.Outcome == StatuteOutcome.Removed).Source, Is.EqualTo("docs/xe/old-name-act.md"));
    }

    [Test]
    public void Statute_ids_stay_the_same_whatever_else_is_in_the_run()
    {
        var corpus = TestPaths.NewTempFolder("twins");
        var index = Path.Combine(corpus, "..", Path.GetFileName(corpus) + "-index");
        const string meta = """{ "country": "XB", "language": "en", "title": "Sample Act", "law_number": "Sample Act 2025", "year": 2025 }""";
        var text = File.ReadAllText(Path.Combine(TestPaths.Samples, "en", "sample-computer-misuse-act-2025.md"));
        void Write(string name)
        {
            File.WriteAllText(Path.Combine(corpus, name), text);
            File.WriteAllText(Path.Combine(corpus, name + ".meta.json"), meta);
        }

        Write("b-act.md");
        Run(index, corpus);
        var alone = Committed(index).Values.Single().Id;
        Write("a-act.md");
        Run(index, corpus);
        var together = Committed(index).Values.ToDictionary(s => s.Source, s => s.Id);
        File.Delete(Path.Combine(corpus, "b-act.md"));
        Run(index, corpus);
        var afterRemoval = Committed(index).Values.ToDictionary(s => s.Source, s => s.Id);

        Assert.That(alone, Is.EqualTo("xb-sample-act-2025"));
        Assert.That(together["b-act.md"], Is.EqualTo(alone), "an indexed statute keeps its id when a twin sorts before it");
        Assert.That(together["a-act.md"], Is.EqualTo("xb-sample-act-2025-md"));
        Assert.That(afterRemoval["a-act.md"], Is.EqualTo("xb-sample-act-2025-md"), "and keeps it when the twin leaves");
    }

    [Test]
    public void Every_run_is_recorded_beside_the_index_and_a_locked_index_refuses_the_second_writer()
    {
        var corpus = SmallCorpus.Create();
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var done = Run(index, corpus);

        IndexRun refused;
        using (new StatuteIndexWriter(index))
        {
            refused = Run(index, corpus);
        }
        var history = new RunHistory(IndexLocations.For(index));
        var runs = history.List();
        var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(history.Folder, $"{done.Id}.json"))).RootElement;

        Assert.That(history.Folder, Does.Not.StartWith(index + Path.DirectorySeparatorChar), "the history is not inside the Lucene directory");
        Assert.That(refused.Status, Is.EqualTo(IndexRunStatus.Refused));
        Assert.That(refused.Error, Does.Match($@"^index {System.Text.RegularExpressions.Regex.Escape(index)} is being written by process {Environment.ProcessId} since \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\dZ"));
        Assert.That(runs.Select(r => r.Id), Is.EqualTo(new[] { refused.Id, done.Id }));
        Assert.That(record.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(record.GetProperty("counts").GetProperty("added").GetInt32(), Is.EqualTo(Samples));
        Assert.That(record.GetProperty("endedAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(record.GetProperty("startedAt").GetDateTimeOffset()));
        Assert.That(record.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("sha256").GetString()), Has.All.Length.EqualTo(64));
        Assert.That(Committed(index), Has.Count.EqualTo(Samples), "the refused run changed nothing");
    }

    [Test]
    public void A_failed_source_keeps_its_previous_version()
    {
        var corpus = SmallCorpus.Create();
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        Run(index, corpus);
        var pdf = Path.Combine(corpus, "samples/pt/lei-exemplo-2025-crimes-informaticos.pdf");
        var bytes = File.ReadAllBytes(pdf);
        File.WriteAllBytes(pdf, bytes[..(bytes.Length / 3)]);

        var run = Run(index, corpus);
        var committed = Committed(index);

        Assert.That(run.Status, Is.EqualTo(IndexRunStatus.CompletedWithFailures));
        Assert.That(run.Failures.Single().Source, Is.EqualTo("samples/pt/lei-exemplo-2025-crimes-informaticos.pdf"));
        Assert.That(committed, Has.Count.EqualTo(Samples));
        Assert.That(committed.Values.Single(s => s.Source.EndsWith(".pdf", StringComparison.Ordinal)).ContentHash, Is.EqualTo(RunPlanner.Sha256Of(Path.Combine(TestPaths.Samples, "pt", "lei-exemplo-2025-crimes-informaticos.pdf"))));
    }
}

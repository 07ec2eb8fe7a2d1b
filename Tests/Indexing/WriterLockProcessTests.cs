using System.Text.RegularExpressions;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace LegalSearch.Tests.Indexing;

/// <summary>One writer per index across processes (Linux): two real Indexer CLIs on one index, again and again.</summary>
public sealed partial class WriterLockProcessTests
{
    [Test]
    public async Task Of_two_indexers_started_50_ms_apart_one_is_refused_with_exit_3_and_the_index_stays_intact()
    {
        var corpus = SmallCorpus.Create();
        File.Delete(Path.Combine(corpus, "samples", "pt", "lei-exemplo-2025-crimes-informaticos.pdf")); // no PDF: a shorter trial
        var statutes = SmallCorpus.Samples - 1;
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var secondRefused = 0;
        for (var trial = 0; trial < 10; trial++)
        {
            using var first = IndexerProcess.Start("index", corpus, "--index", index, "--no-ocr", "--rebuild");
            // 50 ms after the first indexer holds the lock (its process id in the owner file). Measured from the start of
            // its run instead, a loaded 2-core machine sometimes kept the first process from the lock for longer than
            // the second took to start (1 trial in 10, fresh-clone CI beside other jobs).
            await first.Started.WaitAsync(TimeSpan.FromMinutes(1));
            await HoldsLockAsync(index, first.Id).WaitAsync(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
            using var second = IndexerProcess.Start("index", corpus, "--index", index, "--no-ocr", "--rebuild");
            var runs = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());
            var pids = new[] { first.Id, second.Id };

            var refused = Enumerable.Range(0, 2).Where(i => runs[i].ExitCode == 3).ToList();
            Assert.That(refused, Has.Count.EqualTo(1), $"trial {trial}: exactly one writer is refused\n{runs[0]}\n{runs[1]}");
            var loser = refused[0];
            var winner = 1 - loser;
            Assert.That(runs[winner].ExitCode, Is.EqualTo(0), runs[winner].Error);
            var message = Refusal().Match(runs[loser].Error);
            Assert.That(message.Success, Is.True, runs[loser].Error);
            Assert.That(message.Groups["index"].Value, Is.EqualTo(index));
            Assert.That(int.Parse(message.Groups["pid"].Value), Is.EqualTo(pids[winner]), "the refusal names the writing process");
            if (loser == 1) secondRefused++;
            Assert.That(runs[winner].Output, Does.Contain($"(0 added, {statutes} changed, 0 unchanged, 0 removed, 0 failed)").Or.Contain($"({statutes} added,"));
            AssertIntact(index, statutes);
        }
        Assert.That(secondRefused, Is.EqualTo(10), "started 50 ms later, the second indexer finds the lock taken");
    }

    /// <summary>Completes when the owner file of the index's writer lock names <paramref name="processId"/> (polled every 5 ms).</summary>
    private static async Task HoldsLockAsync(string index, int processId)
    {
        var owner = new IndexLocations(index).WriterLockOwner;
        while (LegalSearch.Indexer.Indexing.Locking.LockOwner.Read(owner)?.ProcessId != processId) await Task.Delay(5);
    }

    /// <summary>Lucene's CheckIndex finds no problem, and the last commit holds every statute.</summary>
    internal static void AssertIntact(string index, int statutes)
    {
        using var directory = FSDirectory.Open(index);
        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.That(status.Clean, Is.True, "CheckIndex reports a problem");
        using var indexed = IndexedStatutes.Read(directory);
        Assert.That(indexed.ById, Has.Count.EqualTo(statutes));
    }

    [GeneratedRegex(@"^error: index (?<index>\S+) is being written by process (?<pid>\d+) since \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", RegexOptions.Multiline)]
    private static partial Regex Refusal();
}

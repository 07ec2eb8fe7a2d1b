using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Tests.Support;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace LegalSearch.Tests.Indexing;

/// <summary>
/// kill -9 of real Indexer runs at random points while a real Search.Web process serves the index: readers only ever
/// see a complete set, the index stays intact, the killed run is recorded as interrupted and the next run completes.
/// </summary>
public sealed partial class KillTrialsTests
{
    [Test]
    public async Task Runs_killed_at_random_points_leave_the_last_complete_set_served_and_the_next_run_completes()
    {
        var small = SmallCorpus.Create();
        var large = SmallCorpus.Create(SmallCorpus.SomeSharedFiles);
        var index = Path.Combine(Path.GetDirectoryName(small)!, "index");
        var history = new RunHistory(IndexLocations.For(index));

        using (var firstBuild = IndexerProcess.Start("index", large, "--index", index, "--no-ocr"))
        {
            await firstBuild.FirstProgress.WaitAsync(TimeSpan.FromMinutes(1));
            await firstBuild.KillAsync();
        }
        Assert.That(HasCommit(index), Is.False, "a first build killed half-way leaves no commit");
        Assert.That(history.List().Single().Status, Is.EqualTo(IndexRunStatus.Interrupted));

        using var server = WebServerProcess.Start(index, $"--Corpus:Paths:0={small}", "--Corpus:Ocr=false", "--Index:RefreshSeconds=1");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var setA = await Served(http);
        Assert.That(setA, Has.Count.EqualTo(SmallCorpus.Samples), "the web app built the index again from its corpus");

        var stopwatch = Stopwatch.StartNew();
        using (var full = IndexerProcess.Start("index", large, "--index", index, "--no-ocr"))
        {
            var run = await full.WaitAsync();
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        }
        var runLength = stopwatch.Elapsed;
        var setB = Committed(index);
        Assert.That(setB, Has.Count.EqualTo(SmallCorpus.Samples + SmallCorpus.SomeSharedFiles.Length).And.SupersetOf(setA));

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var interrupted = 0;
        var killedInsideTheRun = 0;
        for (var trial = 0; trial < 10; trial++)
        {
            // Alternating sets: from the small set the run extracts three more statutes, from the large one it removes them.
            var target = Committed(index).SetEquals(setA) ? large : small;
            var known = history.List().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            using var indexer = IndexerProcess.Start("index", target, "--index", index, "--no-ocr");
            // Even trials: anywhere from the process's start (a kill before the run began records nothing). Odd trials:
            // somewhere in the first quarter after the run reported its first statute (it holds the lock and is recorded
            // by then), so some kills surely land inside a run however slow the machine is.
            var span = runLength.TotalMilliseconds;
            if (trial % 2 == 1)
            {
                await Task.WhenAny(indexer.FirstProgress, Task.Delay(TimeSpan.FromMinutes(1)));
                span /= 4;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * span));
            var insideTheRun = indexer.FirstProgress.IsCompleted;
            await indexer.KillAsync();
            var outcome = await indexer.WaitAsync();
            // A kill between the run's recorded commit and its "Done in" line still leaves a finished run.
            var recorded = history.List().FirstOrDefault(r => !known.Contains(r.Id));
            var finished = outcome.Output.Contains("Done in", StringComparison.Ordinal) || recorded is { Completed: true };
            if (!finished) interrupted++;
            if (!finished && insideTheRun) killedInsideTheRun++;

            var committed = Committed(index);
            Assert.That(committed, Is.EquivalentTo(setA).Or.EquivalentTo(setB), $"trial {trial} (seed {seed}): the last commit is a complete set");
            WriterLockProcessTests.AssertIntact(index, committed.Count);
            var served = await Served(http);
            Assert.That(served, Is.EquivalentTo(setA).Or.EquivalentTo(setB), $"trial {trial} (seed {seed}): the server serves a complete set");
            var search = await http.GetFromJsonAsync<JsonElement>("/api/search?q=computer");
            Assert.That(search.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        }
        TestContext.Progress.WriteLine($"kill -9 trials (seed {seed}): {interrupted} of 10 runs killed before they finished, {killedInsideTheRun} after their first statute, run length {runLength.TotalSeconds:F1} s");
        Assert.That(killedInsideTheRun, Is.GreaterThan(0), "some kills land inside the run");
        Assert.That(history.List().Where(r => r.Status == IndexRunStatus.Running), Is.Empty, "a killed run is never left 'running'");
        Assert.That(history.List().Count(r => r.Status == IndexRunStatus.Interrupted), Is.GreaterThanOrEqualTo(1 + killedInsideTheRun),
            "every run killed after it began (the first build's and the trials') is recorded as interrupted");

        using var next = IndexerProcess.Start("index", large, "--index", index, "--no-ocr");
        var last = await next.WaitAsync();
        Assert.That(last.ExitCode, Is.EqualTo(0), "the next run takes the lock the killed ones held: " + last.Error);
        Assert.That(Committed(index), Is.EquivalentTo(setB));
        var runId = RunIdLine().Match(last.Output).Groups[1].Value;
        var health = await Poll(http, h => h.GetProperty("servedCommit").GetProperty("isLatest").GetBoolean());
        Assert.That(await Served(http), Is.EquivalentTo(setB));
        Assert.That(health.GetProperty("lastRun").GetProperty("id").GetString(), Is.EqualTo(runId));
    }

    private static bool HasCommit(string index)
    {
        if (!Directory.Exists(index)) return false;
        using var directory = FSDirectory.Open(index);
        return DirectoryReader.IndexExists(directory);
    }

    private static HashSet<string> Committed(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var statutes = IndexedStatutes.Read(directory);
        return statutes.ById.Keys.ToHashSet();
    }

    private static async Task<HashSet<string>> Served(HttpClient http)
    {
        var statutes = await http.GetFromJsonAsync<JsonElement>("/api/statutes");
        return statutes.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToHashSet();
    }

    /// <summary>/health until the condition holds (the server reopens its reader every second), at most a minute.</summary>
    internal static async Task<JsonElement> Poll(HttpClient http, Func<JsonElement, bool> condition, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            var health = await http.GetFromJsonAsync<JsonElement>("/health");
            if (condition(health)) return health;
            if (DateTime.UtcNow > deadline) Assert.Fail($"/health never reached the expected state: {health}");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"Run (\S+)\.$", RegexOptions.Multiline)]
    private static partial Regex RunIdLine();
}

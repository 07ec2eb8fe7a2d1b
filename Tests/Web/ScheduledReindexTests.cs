using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using LegalSearch.Tests.Indexing;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>
/// A scheduled reindex of the whole shared corpus (plus our samples) in a real Search.Web process while 8 searchers
/// query it over 127.0.0.1: every answer is a 200 with hits, and each searcher sees the old set, then the new one.
/// </summary>
public sealed class ScheduledReindexTests
{
    private const string Query = "/api/search?q=computer%20OR%20sistema%20OR%20syst%C3%A8me%20OR%20inform%C3%A1tico&size=1";

    /// <summary>What a searcher saw: status, total and the countries of the facets.</summary>
    private sealed record Observation(HttpStatusCode Status, int Total, string Countries);

    [Test]
    public async Task Eight_searchers_get_only_200s_and_each_sees_the_old_set_then_the_new_one()
    {
        var index = Path.Combine(TestPaths.NewTempFolder("scheduled"), "index");
        CopyFolder(CorpusIndex.Path, index);
        var samples = SmallCorpus.Create();
        var firstTick = DateTime.UtcNow.AddSeconds(10);
        using var server = WebServerProcess.Start(
            index,
            $"--Corpus:Paths:0={TestPaths.SharedCorpus}", $"--Corpus:Paths:1={samples}", "--Corpus:Ocr=false",
            "--Index:RefreshSeconds=1", $"--Reindex:Schedule={firstTick.Second} * * * * *");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var before = await http.GetStringAsync("/health");

        using var stop = new CancellationTokenSource();
        var observations = Enumerable.Range(0, 8).Select(_ => new ConcurrentQueue<Observation>()).ToArray();
        var searchers = observations.Select(seen => Task.Run(() => Search(http, seen, stop.Token))).ToArray();
        var health = await KillTrialsTests.Poll(http, h =>
            h.GetProperty("lastRun").ValueKind == JsonValueKind.Object
            && h.GetProperty("lastRun").GetProperty("trigger").GetString() == "schedule"
            && h.GetProperty("lastRun").GetProperty("status").GetString() != "Running"
            && h.GetProperty("servedCommit").GetProperty("runId").GetString() == h.GetProperty("lastRun").GetProperty("id").GetString(),
            TimeSpan.FromMinutes(3));
        var afterCommit = observations.Select(o => o.Count).ToArray();
        while (observations.Select((o, i) => o.Count - afterCommit[i]).Min() < 3) await Task.Delay(50);
        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        var all = observations.SelectMany(o => o).ToList();
        var oldSet = observations.Select(o => o.First()).Distinct().Single();
        var newSet = observations.Select(o => o.Last()).Distinct().Single();
        Assert.That(health.GetProperty("lastRun").GetProperty("status").GetString(), Is.EqualTo("CompletedWithFailures").Or.EqualTo("Succeeded"), health.ToString());
        Assert.That(health.GetProperty("lastRun").GetProperty("counts").GetProperty("added").GetInt32(), Is.EqualTo(SmallCorpus.Samples), health.ToString());
        Assert.That(all.Select(o => o.Status), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(all.Select(o => o.Total), Is.All.GreaterThan(0));
        Assert.That(newSet, Is.Not.EqualTo(oldSet), $"the reindex changed the answer (before: {before})");
        Assert.That(newSet.Countries, Does.Contain("XA").And.Contain("XB").And.Contain("XC").And.Contain("XD"));
        foreach (var seen in observations)
        {
            var sequence = seen.ToList();
            var switched = sequence.FindIndex(o => o != oldSet);
            Assert.That(switched, Is.GreaterThan(0), "each searcher searched before the new set was served");
            Assert.That(sequence.Skip(switched), Is.All.EqualTo(newSet), "old set, then the new set: never a mix, never back");
        }
        TestContext.Progress.WriteLine($"8 searchers: {all.Count} searches during the scheduled reindex, all 200; total {oldSet.Total} -> {newSet.Total}");
        Assert.That(server.Log.Count(l => l.Contains("Index reopened", StringComparison.Ordinal)), Is.EqualTo(1), "reopened once: for the run's commit only");
    }

    private static async Task Search(HttpClient http, ConcurrentQueue<Observation> seen, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var response = await http.GetAsync(Query, CancellationToken.None);
            var total = 0;
            var countries = "";
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
                total = json.RootElement.GetProperty("total").GetInt32();
                countries = string.Join(",", json.RootElement.GetProperty("facets").GetProperty("country").EnumerateObject().Select(p => $"{p.Name}:{p.Value}").Order());
            }
            seen.Enqueue(new Observation(response.StatusCode, total, countries));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>`POST /api/admin/reindex` and `GET /api/admin/runs` behind the admin token; absent without one.</summary>
public sealed class AdminEndpointTests
{
    private const string Token = "a-long-admin-token-for-tests";

    /// <summary>Long statutes, so that the admin run is still going when the second request comes (about a second of work, warm).</summary>
    private static readonly string[] LongStatutes =
    [
        "docs/co/ley-1712-2014-transparencia-acceso-informacion-suin.html",
        "docs/co/ley-1342-2009-acuerdo-inversiones-peru-colombia-suin.html",
        "docs/br/lei-13709-2018-lgpd-planalto.html",
        "docs/co/ley-1581-2012-proteccion-datos-personales-openoffice.pdf",
    ];

    [Test]
    public async Task Without_a_configured_token_the_admin_endpoints_do_not_exist()
    {
        using var factory = new WebAppFactory(CorpusIndex.Path);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var reindex = await client.PostAsync("/api/admin/reindex", null);
        var runs = await client.GetAsync("/api/admin/runs");

        Assert.That(reindex.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(runs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Reindex_needs_the_token_runs_one_at_a_time_and_lands_in_the_history_and_health()
    {
        var small = SmallCorpus.Create();
        var large = SmallCorpus.Create(LongStatutes);
        var index = Path.Combine(Path.GetDirectoryName(small)!, "index");
        new IndexingService().Run(new IndexRunRequest(index, LocalSourceScanner.Scan([small])) { Ocr = false });
        var tokenFile = Path.Combine(Path.GetDirectoryName(small)!, "admin-token");
        await File.WriteAllTextAsync(tokenFile, Token + "\n");
        using var factory = new WebAppFactory(index, large, new Dictionary<string, string> { ["Admin:TokenFile"] = tokenFile });
        using var client = factory.CreateClient();

        var anonymous = await client.PostAsync("/api/admin/reindex", null);
        var wrong = await Send(client, HttpMethod.Post, "/api/admin/reindex", Token + "x");
        var wrongRuns = await Send(client, HttpMethod.Get, "/api/admin/runs", Token[..^1]);
        // The run's scan waits on the corpus manifest (a named pipe) until both requests have been answered: the second
        // request certainly meets a running run, however fast the machine.
        var manifest = HoldManifest(large);
        var accepted = await Send(client, HttpMethod.Post, "/api/admin/reindex", Token);
        var conflict = await Send(client, HttpMethod.Post, "/api/admin/reindex", Token);
        var answers = string.Join(" | ", await Task.WhenAll(new[] { accepted, conflict }.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), answers);
        Assert.That(conflict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), answers);
        var runId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        var justAccepted = await Send(client, HttpMethod.Get, $"/api/admin/runs/{runId}", Token);
        Assert.That(justAccepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an accepted run is in the history at once, before it has the writer lock");
        Assert.That((await justAccepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Running"));
        Assert.That((await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString(), Is.EqualTo(runId));
        await manifest.Release();

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(anonymous.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(wrongRuns.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var run = await PollRun(client, runId);
        var runs = await (await Send(client, HttpMethod.Get, "/api/admin/runs", Token)).Content.ReadFromJsonAsync<JsonElement>();
        var health = await PollHealth(client, runId);

        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(run.GetProperty("trigger").GetString(), Is.EqualTo("admin"));
        Assert.That(run.GetProperty("counts").GetProperty("added").GetInt32(), Is.EqualTo(LongStatutes.Length));
        Assert.That(run.GetProperty("counts").GetProperty("unchanged").GetInt32(), Is.EqualTo(SmallCorpus.Samples), run.ToString());
        Assert.That(run.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("source").GetString()), Is.EquivalentTo(LongStatutes));
        Assert.That(runs[0].GetProperty("id").GetString(), Is.EqualTo(runId));
        Assert.That(runs.GetArrayLength(), Is.EqualTo(2), "the first build and the admin run");
        Assert.That(health.GetProperty("lastRun").GetProperty("id").GetString(), Is.EqualTo(runId));
        Assert.That(health.GetProperty("servedCommit").GetProperty("runId").GetString(), Is.EqualTo(runId), "the searchers reopen on the run's commit");
        Assert.That(health.GetProperty("servedCommit").GetProperty("isLatest").GetBoolean(), Is.True);
        Assert.That(health.GetProperty("statutes").GetInt32(), Is.EqualTo(SmallCorpus.Samples + LongStatutes.Length));
    }

    /// <summary>Replaces a corpus's manifest.json by a named pipe: a scan blocks reading it until <see cref="HeldManifest.Release"/> writes the manifest.</summary>
    private static HeldManifest HoldManifest(string corpus)
    {
        var path = Path.Combine(corpus, "manifest.json");
        var text = File.ReadAllText(path);
        File.Delete(path);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.EqualTo(0), "mkfifo");
        return new HeldManifest(path, text);
    }

    private sealed record HeldManifest(string Path, string Text)
    {
        /// <summary>Writes the manifest into the pipe (the scan is waiting on its other end) and puts a plain file back.</summary>
        public async Task Release()
        {
            // Opening a pipe for writing blocks until its reader opens it: bounded, so a scan that never comes fails the test.
            await Task.Run(() => File.WriteAllText(Path, Text)).WaitAsync(TimeSpan.FromSeconds(30));
            // The plain file replaces the pipe in one rename: the scan, still looking for each file's manifest, never
            // finds the path missing (deleting first let a file be scanned without its manifest, "metadata changed").
            var plain = Path + ".plain";
            await File.WriteAllTextAsync(plain, Text);
            File.Move(plain, Path, overwrite: true);
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>/health once it serves the run's commit (the searchers reopen just after the run records its end), or after 30 s.</summary>
    private static async Task<JsonElement> PollHealth(HttpClient client, string runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/health");
            if (health.GetProperty("servedCommit").GetProperty("runId").GetString() == runId || DateTime.UtcNow > deadline) return health;
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> PollRun(HttpClient client, string runId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var run = await (await Send(client, HttpMethod.Get, $"/api/admin/runs/{runId}", Token)).Content.ReadFromJsonAsync<JsonElement>();
            if (run.GetProperty("status").GetString() != "Running" || DateTime.UtcNow > deadline) return run;
            await Task.Delay(100);
        }
    }
}

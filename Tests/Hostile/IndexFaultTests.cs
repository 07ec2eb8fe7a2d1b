using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Indexer.Cli;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// Faults of the index itself, on small real indexes of corpus/samples: exit codes and /health tell the truth.
/// The fault used is real and needs no privileges: the index folder replaced by a plain file.
/// </summary>
public sealed class IndexFaultTests
{
    private static string SampleIndex()
    {
        var path = Path.Combine(TestPaths.NewTempFolder("fault-index"), "index");
        var run = IndexerCli.Run("index", TestPaths.Samples, "--index", path, "--no-ocr");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output + run.Error);
        return path;
    }

    private static void ReplaceWithFile(string folder)
    {
        Directory.Delete(folder, recursive: true);
        File.WriteAllText(folder, "not an index");
    }

    [Test]
    public void Stats_on_a_damaged_index_exits_3_with_the_reason()
    {
        var index = SampleIndex();
        var segments = Directory.EnumerateFiles(index, "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..20]);

        var damaged = IndexerCli.Run("stats", "--index", index);
        var missing = IndexerCli.Run("stats", "--index", Path.Combine(TestPaths.NewTempFolder("no-index"), "index"));

        Assert.That(damaged.ExitCode, Is.EqualTo(3), damaged.Output + damaged.Error);
        Assert.That(damaged.Error, Does.Contain("damaged or unreadable"));
        Assert.That(missing.ExitCode, Is.EqualTo(3), missing.Output + missing.Error);
        Assert.That(missing.Error, Does.Contain("no index at"));
    }

    [Test]
    public void An_index_that_cannot_be_written_exits_3_without_blaming_the_files()
    {
        var blocker = Path.Combine(TestPaths.NewTempFolder("unwritable"), "file");
        File.WriteAllText(blocker, "a file where the index folder's parent should be");

        var run = IndexerCli.Run("index", TestPaths.Samples, "--index", Path.Combine(blocker, "index"), "--no-ocr");

        Assert.That(run.ExitCode, Is.EqualTo(3), run.Output + run.Error);
        Assert.That(run.Error, Does.Contain("cannot open the index").And.Not.Contain("files failed").And.Not.Contain("Unhandled"));
    }

    [Test]
    public void A_writer_failure_mid_run_fails_the_run_without_blaming_the_files()
    {
        var index = Path.Combine(TestPaths.NewTempFolder("writer-failure"), "index");
        var sources = LocalSourceScanner.Scan([TestPaths.Samples]);
        var replaced = 0;
        // The index folder is replaced by a file as soon as the first source is through, before the run's commit.
        var progress = new SynchronousProgress(_ =>
        {
            if (Interlocked.Exchange(ref replaced, 1) == 0) ReplaceWithFile(index);
        });

        IndexRun? run = null;
        Assert.That(() => run = new IndexingService().Run(new IndexRunRequest(index, sources) { Ocr = false, Trigger = "test" }, progress),
            Throws.Nothing, "closing the writer after the failure is not a second failure");

        Assert.That(run!.Status, Is.EqualTo(IndexRunStatus.Failed), run.Error);
        Assert.That(run.Error, Does.Contain("writing the index failed, nothing committed"));
        Assert.That(run.Failures, Is.Empty, "no source file is blamed for the index's failure");
        Assert.That(IndexCommand.Report(run, TextWriter.Null, TextWriter.Null), Is.EqualTo(3));
    }

    /// <summary>IProgress that runs the handler on the reporting thread (Progress&lt;T&gt; would post it elsewhere).</summary>
    private sealed class SynchronousProgress(Action<IndexProgress> handler) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => handler(value);
    }

    [Test]
    public async Task A_failed_refresh_leaves_the_site_serving_and_health_degraded()
    {
        var index = SampleIndex();
        using var factory = new WebAppFactory(index);
        using var client = factory.CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/health");
        var refresher = factory.Services.GetServices<IHostedService>().OfType<SearcherRefresher>().Single();

        ReplaceWithFile(index);
        refresher.RefreshOnce();
        var after = await client.GetFromJsonAsync<JsonElement>("/health");
        using var search = await client.GetAsync("/api/search?q=acceso");

        Assert.That(before.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("degraded"));
        Assert.That(after.GetProperty("problem").GetString(), Does.Contain("index refresh failed"));
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still serving the previous reader");
    }
}

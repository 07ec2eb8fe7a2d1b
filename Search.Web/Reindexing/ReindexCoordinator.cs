using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Web.Index;

namespace LegalSearch.Web.Reindexing;

/// <summary>A request to reindex: started (with the new run's id and its completion) or refused because a run is going.</summary>
public sealed record ReindexStart(bool Started, string RunId, string Trigger, DateTimeOffset At, Task<IndexRun> Completion);

/// <summary>
/// The web app's reindexing, one run at a time in this process (the start-up build, the schedule and the admin
/// endpoint all come here); across processes the index's writer lock refuses a second writer. Runs go through the
/// library's <see cref="IndexingService"/> over the corpus scanned afresh, then the searchers reopen on the new commit.
/// </summary>
public sealed class ReindexCoordinator(
    ReindexTarget target,
    IndexingService indexing,
    SearcherProvider searchers,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<ReindexCoordinator> logger)
{
    private readonly Lock gate = new();
    private ReindexStart? current;

    private RunHistory History { get; } = new(IndexLocations.For(target.IndexPath));

    /// <summary>The run history, newest first, with the run just accepted even before it has written its own record.</summary>
    public IReadOnlyList<IndexRun> Runs()
    {
        var recorded = History.List();
        return Pending() is { } pending && recorded.All(r => r.Id != pending.Id) ? [pending, .. recorded] : recorded;
    }

    public IndexRun? FindRun(string runId) => Runs().FirstOrDefault(r => r.Id == runId);

    private IndexRun? Pending()
    {
        lock (gate)
        {
            return current is { Completion.IsCompleted: false } running
                ? IndexRun.Pending(running.RunId, target.IndexPath, running.Trigger, running.At)
                : null;
        }
    }

    /// <summary>The commit the searchers serve, the run that wrote it, and whether it is the index's latest commit.</summary>
    public ServedCommit ServedCommit() => searchers.Served();

    /// <summary>Starts a run in the background, or returns the running one's id with Started = false.</summary>
    public ReindexStart TryStart(string trigger)
    {
        lock (gate)
        {
            if (current is { Completion.IsCompleted: false } running) return running with { Started = false };
            var runId = indexing.NewRunId();
            var completion = Task.Run(() => Execute(runId, trigger));
            current = new ReindexStart(true, runId, trigger, time.GetUtcNow(), completion);
            return current;
        }
    }

    private IndexRun Execute(string runId, string trigger)
    {
        logger.LogInformation("Reindex {RunId} ({Trigger}) of {Corpus} into {Index}", runId, trigger, string.Join(", ", target.CorpusPaths), target.IndexPath);
        IReadOnlyList<ScannedSource> sources;
        try
        {
            sources = LocalSourceScanner.Scan(target.CorpusPaths);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            var failed = IndexRun.Ended(runId, target.IndexPath, trigger, time.GetUtcNow(), IndexRunStatus.Failed, $"cannot read the corpus: {ex.Message}");
            History.Write(failed);
            logger.LogError("Reindex {RunId} failed: {Error}", runId, failed.Error);
            return failed;
        }
        var request = new IndexRunRequest(target.IndexPath, sources) { RunId = runId, Trigger = trigger, Ocr = target.Ocr };
        var run = indexing.Run(request, new LoggerProgress(logger), lifetime.ApplicationStopping);
        var c = run.Counts;
        if (run.Completed)
        {
            logger.LogInformation(
                "Reindex {RunId} {Status} in {Seconds:F1} s: {Added} added, {Changed} changed, {Unchanged} unchanged, {Removed} removed, {Failed} failed",
                run.Id, run.Status, run.Elapsed.TotalSeconds, c.Added, c.Changed, c.Unchanged, c.Removed, c.Failed);
            foreach (var failure in run.Failures) logger.LogWarning("Not indexed: {Source}: {Reason}", failure.Source, failure.Reason);
            RefreshSearchers();
        }
        else
        {
            logger.LogError("Reindex {RunId} {Status}: {Error}", run.Id, run.Status, run.Error);
        }
        return run;
    }

    private void RefreshSearchers()
    {
        try
        {
            if (searchers.Refresh() is { } served) SearcherRefresher.LogReopened(logger, served);
        }
        catch (InvalidOperationException)
        {
            // No index yet (a first build whose every source failed): there is nothing to reopen.
        }
    }

    private sealed class LoggerProgress(ILogger logger) : IProgress<IndexProgress>
    {
        /// <summary>Extracted and failed sources at Information; unchanged ones (most of a scheduled run) at Debug.</summary>
        public void Report(IndexProgress value) => logger.Log(
            value.Unchanged ? LogLevel.Debug : LogLevel.Information,
            "[{Done}/{Total}] {Source}: {Status}", value.Done, value.Total, value.Source,
            value.Error is not null ? $"FAILED: {value.Error}" : value.Unchanged ? "unchanged" : $"{value.Provisions} provisions");
    }
}

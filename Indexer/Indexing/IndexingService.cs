using System.Collections.Concurrent;
using System.Globalization;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Indexing.Locking;
using LegalSearch.Indexer.Indexing.Runs;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The one way statutes get into an index — used by the CLI, the web app's first build, its scheduled and admin
/// reindexing, and the crawler: sources → extraction → segmentation → classification → the one writer.
/// A run is a set (added, changed, unchanged, removed against the sources), extracts only what changed, and becomes
/// visible in one commit. Every run, refused or failed ones too, leaves a record in the <see cref="RunHistory"/>.
/// </summary>
public sealed class IndexingService(TimeProvider time, OffenceClassifier? classifier = null)
{
    public IndexingService() : this(TimeProvider.System) { }

    /// <summary>A new run id: sortable UTC time plus a random suffix ("20261201T101500Z-3f9a").</summary>
    public string NewRunId() =>
        $"{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{Random.Shared.Next(0x10000):x4}";

    public IndexRun Run(IndexRunRequest request, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var locations = IndexLocations.For(request.IndexPath);
        var history = new RunHistory(locations);
        var run = new IndexRun(
            request.RunId ?? NewRunId(), locations.Index, request.Trigger, Environment.ProcessId, time.GetUtcNow(), null,
            IndexRunStatus.Running, null, IndexRunCounts.Zero with { Sources = request.Sources.Count }, [], [], []);

        StatuteIndexWriter writer;
        try
        {
            writer = new StatuteIndexWriter(locations.Index, classifier, time);
        }
        catch (IndexLockedException ex)
        {
            return Finish(history, run with { Status = IndexRunStatus.Refused, Error = ex.Message });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Finish(history, run with { Status = IndexRunStatus.Failed, Error = $"cannot open the index at {locations.Index}: {ex.Message}" });
        }

        using (writer)
        {
            history.Write(run);
            try
            {
                return Finish(history, Execute(run, request, writer, progress, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                return Finish(history, run with { Status = IndexRunStatus.Cancelled, Error = "cancelled before the commit: the index is unchanged" });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Finish(history, run with { Status = IndexRunStatus.Failed, Error = $"writing the index failed, nothing committed: {ex.Message}" });
            }
            catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
            {
                // The writer failed inside the parallel extraction (disk full, folder removed…).
                var reasons = string.Join("; ", ex.Flatten().InnerExceptions.Select(e => e.Message).Distinct());
                return Finish(history, run with { Status = IndexRunStatus.Failed, Error = $"writing the index failed, nothing committed: {reasons}" });
            }
        }
    }

    private IndexRun Execute(IndexRun run, IndexRunRequest request, StatuteIndexWriter writer, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        using var committed = writer.ReadCommitted();
        var plan = RunPlanner.Plan(request.Sources, committed, request.Rebuild);
        var tally = new RunTally(plan.Sources.Count, progress);
        foreach (var skipped in plan.Sources.Where(s => !s.NeedsExtraction)) tally.Skipped(skipped);

        var builder = new StatuteBuilder(ExtractorRegistry.CreateDefault(new ExtractionOptions(request.Ocr, writer.Locations.OcrCache)));
        Parallel.ForEach(
            plan.Sources.Where(s => s.NeedsExtraction),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken },
            source =>
            {
                Statute statute;
                try
                {
                    statute = builder.Build(source.Document, source.StatuteId, cancellationToken) with { ContentHash = source.Sha256 };
                }
                catch (Exception ex) when (ex is ExtractionException or IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    tally.Failed(source, ex.Message);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    tally.Failed(source, $"unexpected {ex.GetType().Name}: {ex.Message}");
                    return;
                }
                var previous = source.Outcome == StatuteOutcome.Changed ? committed.ProvisionTexts(source.StatuteId) : null;
                var written = writer.Replace(statute); // the writer analyses statutes of several workers at once
                tally.Written(source, statute, written, previous);
            });

        foreach (var removed in plan.Removed)
        {
            writer.Delete(removed.Id);
            tally.Removed(removed, committed.ProvisionTexts(removed.Id).Count);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (tally.HasChanges)
        {
            writer.Commit(new Dictionary<string, string>
            {
                ["run"] = run.Id,
                ["committed"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            });
        }
        return tally.Complete(run, time.GetUtcNow());
    }

    private IndexRun Finish(RunHistory history, IndexRun run)
    {
        var finished = run.EndedAt is null ? run with { EndedAt = time.GetUtcNow() } : run;
        try
        {
            history.Write(finished);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Where the index cannot be created the record cannot be either: the outcome still reaches the caller.
            var unrecorded = $"the run record could not be written: {ex.Message}";
            return finished with { Error = finished.Error is null ? unrecorded : $"{finished.Error}; {unrecorded}" };
        }
        return finished;
    }

    /// <summary>Collects the outcome of each source (from parallel extraction) and reports progress.</summary>
    private sealed class RunTally(int total, IProgress<IndexProgress>? progress)
    {
        private readonly ConcurrentBag<SourceOutcome> outcomes = [];
        private readonly ConcurrentBag<StatuteChange> changes = [];
        private readonly ConcurrentBag<IndexFailure> failures = [];
        private int done;
        private int provisionsWritten;
        private int removed;

        public bool HasChanges => !changes.IsEmpty;

        public void Skipped(PlannedSource source)
        {
            if (source.Outcome == StatuteOutcome.Failed)
            {
                Failed(source, source.Reason ?? "failed");
                return;
            }
            outcomes.Add(new SourceOutcome(source.Document.Source, source.StatuteId, source.Sha256, StatuteOutcome.Unchanged));
            Report(source, 0, null, unchanged: true);
        }

        public void Failed(PlannedSource source, string reason)
        {
            failures.Add(new IndexFailure(source.Document.Source, reason));
            outcomes.Add(new SourceOutcome(source.Document.Source, source.StatuteId, source.Sha256, StatuteOutcome.Failed, reason));
            Report(source, 0, reason, unchanged: false);
        }

        public void Written(PlannedSource source, Statute statute, int written, IReadOnlyDictionary<string, string>? previous)
        {
            Interlocked.Add(ref provisionsWritten, written);
            outcomes.Add(new SourceOutcome(source.Document.Source, source.StatuteId, source.Sha256, source.Outcome, source.Reason));
            changes.Add(ProvisionDiff.Of(source, statute, previous));
            Report(source, written, null, unchanged: false);
        }

        public void Removed(IndexedStatute statute, int provisions)
        {
            removed++;
            changes.Add(new StatuteChange(statute.Id, StatuteOutcome.Removed, statute.Source, "no longer among the sources", provisions, [], [], []));
        }

        private void Report(PlannedSource source, int provisions, string? error, bool unchanged) =>
            progress?.Report(new IndexProgress(Interlocked.Increment(ref done), total, source.Document.Source, provisions, error, unchanged));

        public IndexRun Complete(IndexRun run, DateTimeOffset endedAt)
        {
            var sorted = outcomes.OrderBy(o => o.Source, StringComparer.Ordinal).ToList();
            int Count(StatuteOutcome outcome) => sorted.Count(o => o.Outcome == outcome);
            return run with
            {
                EndedAt = endedAt,
                Status = failures.IsEmpty ? IndexRunStatus.Succeeded : IndexRunStatus.CompletedWithFailures,
                Counts = new IndexRunCounts(total, Count(StatuteOutcome.Added), Count(StatuteOutcome.Changed), Count(StatuteOutcome.Unchanged), removed, failures.Count, provisionsWritten),
                Failures = failures.OrderBy(f => f.Source, StringComparer.Ordinal).ToList(),
                Changes = changes.OrderBy(c => c.StatuteId, StringComparer.Ordinal).ToList(),
                Sources = sorted,
            };
        }
    }
}

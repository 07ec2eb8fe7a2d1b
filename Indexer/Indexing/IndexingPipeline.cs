using System.Diagnostics;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// Indexes a list of source files: extraction and segmentation in parallel, writing through the one
/// <see cref="StatuteIndexWriter"/>. A failed file is recorded with its reason and never aborts the run; a failure of
/// the index itself (<see cref="IndexWriteException"/>) stops it, and is reported as such rather than blamed on the files.
/// </summary>
public sealed class IndexingPipeline(StatuteBuilder builder, StatuteIndexWriter writer)
{
    public IndexRunResult Run(
        IReadOnlyList<ScannedSource> sources,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var ids = new StatuteIdFactory();
        var work = sources
            .Select(s => (s.Document, Id: ids.Assign(s.Document, s.Document.Metadata.Language ?? "xx", s.StatuteIdHint)))
            .ToList();

        var failures = new List<IndexFailure>();
        var statutes = 0;
        var provisions = 0;
        var done = 0;
        string? writeFailure = null;
        var gate = new object();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        try
        {
            Parallel.ForEach(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = stop.Token },
                item =>
                {
                    string? error = null;
                    var written = 0;
                    try
                    {
                        var statute = builder.Build(item.Document, item.Id, stop.Token);
                        lock (gate)
                        {
                            if (writeFailure is not null) return;
                            try
                            {
                                written = writer.Replace(statute);
                            }
                            catch (IndexWriteException ex)
                            {
                                // The index, not this file, failed: stop the run rather than blame every remaining file.
                                writeFailure = ex.Message;
                                stop.Cancel();
                                return;
                            }
                        }
                    }
                    catch (OperationCanceledException) when (writeFailure is not null)
                    {
                        return;
                    }
                    catch (Exception ex) when (ex is ExtractionException or IOException or InvalidDataException or UnauthorizedAccessException)
                    {
                        error = ex.Message;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        error = $"unexpected {ex.GetType().Name}: {ex.Message}";
                    }

                    lock (gate)
                    {
                        done++;
                        if (error is null)
                        {
                            statutes++;
                            provisions += written;
                        }
                        else
                        {
                            failures.Add(new IndexFailure(item.Document.Source, error));
                        }
                        progress?.Report(new IndexProgress(done, work.Count, item.Document.Source, written, error));
                    }
                });
        }
        catch (OperationCanceledException) when (writeFailure is not null && !cancellationToken.IsCancellationRequested)
        {
            // stopped by the write failure above; the result says so
        }

        failures.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source));
        return new IndexRunResult(work.Count, statutes, provisions, failures, stopwatch.Elapsed, writeFailure);
    }
}

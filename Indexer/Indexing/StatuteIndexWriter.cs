using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The one IndexWriter of an index folder. A statute is replaced atomically: delete by statute id, add its
/// provisions, commit — readers see the old statute or the new one, never half of it.
/// </summary>
public sealed class StatuteIndexWriter : IDisposable
{
    private readonly FSDirectory directory;
    private readonly OffenceClassifier classifier;
    private readonly TimeProvider time;

    private string? failure;

    public IndexWriter Writer { get; }

    public StatuteIndexWriter(string indexPath, OffenceClassifier? classifier = null, TimeProvider? time = null)
    {
        try
        {
            System.IO.Directory.CreateDirectory(indexPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexWriteException($"the index folder {indexPath} cannot be created: {ex.Message}", ex);
        }
        directory = FSDirectory.Open(indexPath);
        this.classifier = classifier ?? OffenceClassifier.Default;
        this.time = time ?? TimeProvider.System;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, AnalyzerFactory.CreatePerField())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.CreateSimilarity(),
        };
        try
        {
            Writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IOException($"the index at {indexPath} is locked by another writer (is another indexer or the web app reindexing?)", ex);
        }
    }

    /// <summary>
    /// Replaces every provision of the statute in one commit; returns the number of provisions written. When the index
    /// cannot be written the uncommitted change is rolled back (readers keep the last commit) and this and every later
    /// call throw <see cref="IndexWriteException"/>.
    /// </summary>
    public int Replace(Statute statute)
    {
        var indexedAt = time.GetUtcNow();
        var documents = statute.Provisions
            .Select(p => ProvisionDocumentBuilder.Build(statute, p, classifier.Classify(p), indexedAt))
            .ToList();
        if (failure is not null) throw new IndexWriteException($"the index writer stopped after an earlier failure: {failure}");
        try
        {
            Writer.UpdateDocuments(new Term(IndexFields.StatuteId, statute.Id), documents);
            Writer.Commit();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException or OutOfMemoryException)
        {
            failure = ex.Message;
            RollBack();
            throw new IndexWriteException($"the index could not be written: {ex.Message}", ex);
        }
        return documents.Count;
    }

    /// <summary>Removes statutes not in <paramref name="keep"/> (used by a full reindex of a corpus).</summary>
    public void DeleteAllExcept(IReadOnlySet<string> keep, IEnumerable<string> existing)
    {
        foreach (var id in existing.Where(id => !keep.Contains(id)))
        {
            Writer.DeleteDocuments(new Term(IndexFields.StatuteId, id));
        }
        Writer.Commit();
    }

    /// <summary>Closes the writer (after a failure it was already rolled back); a failure to close is an <see cref="IndexWriteException"/>, never a crash.</summary>
    public void Dispose()
    {
        try
        {
            if (failure is null) Writer.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            RollBack();
            throw new IndexWriteException($"the index could not be closed: {ex.Message}", ex);
        }
        finally
        {
            directory.Dispose();
        }
    }

    /// <summary>Discards what was not committed and releases the write lock; the last commit stays as it was.</summary>
    private void RollBack()
    {
        try
        {
            Writer.Rollback();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            failure ??= ex.Message; // already closed by the failure itself: nothing left to discard
        }
    }
}

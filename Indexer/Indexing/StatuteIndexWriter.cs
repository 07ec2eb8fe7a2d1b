using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing.Locking;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The one IndexWriter of an index folder, holding the index's exclusive <see cref="IndexWriterLock"/> for its life.
/// Changes (replaced and deleted statutes) stay invisible until <see cref="Commit"/>: a run is one commit, so readers
/// see the old set or the new one. Disposing without a commit rolls the changes back — it never commits half a run.
/// </summary>
public sealed class StatuteIndexWriter : IDisposable
{
    private readonly IndexWriterLock writerLock;
    private readonly FSDirectory directory;
    private readonly OffenceClassifier classifier;
    private readonly TimeProvider time;
    private readonly IndexWriter writer;
    private bool pending;

    public IndexLocations Locations { get; }

    /// <summary>Opens the writer; throws <see cref="IndexLockedException"/> when another writer holds the index.</summary>
    public StatuteIndexWriter(string indexPath, OffenceClassifier? classifier = null, TimeProvider? time = null)
    {
        Locations = IndexLocations.For(indexPath);
        this.classifier = classifier ?? OffenceClassifier.Default;
        this.time = time ?? TimeProvider.System;
        writerLock = IndexWriterLock.Acquire(Locations, this.time);
        try
        {
            System.IO.Directory.CreateDirectory(Locations.Index);
            directory = FSDirectory.Open(Locations.Index);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, AnalyzerFactory.CreatePerField())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = Ranking.CreateSimilarity(),
            };
            writer = new IndexWriter(directory, config);
        }
        catch
        {
            directory?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>The statutes of the last commit (what readers see now).</summary>
    public IndexedStatutes ReadCommitted() => IndexedStatutes.Read(directory);

    /// <summary>
    /// Stages every provision of the statute in place of its previous ones; returns the number of provisions. Safe to
    /// call from several threads at once: Lucene's IndexWriter analyses each caller's documents on that caller's thread.
    /// Each document is built as the writer asks for it, so a statute's documents (each with copies of its provision's
    /// text) do not all live until the last is analysed, to be promoted by the collections on the way; the writer marks
    /// the statute's documents deleted if building one fails, as if analysing it had.
    /// </summary>
    public int Replace(Statute statute)
    {
        var indexedAt = time.GetUtcNow();
        var documents = statute.Provisions.Select(p => ProvisionDocumentBuilder.Build(statute, p, classifier.Classify(p), indexedAt));
        writer.UpdateDocuments(new Term(IndexFields.StatuteId, statute.Id), documents);
        pending = true;
        return statute.Provisions.Count;
    }

    /// <summary>Stages the removal of a statute.</summary>
    public void Delete(string statuteId)
    {
        writer.DeleteDocuments(new Term(IndexFields.StatuteId, statuteId));
        pending = true;
    }

    /// <summary>Makes every staged change visible at once, with the run's id in the commit's user data.</summary>
    public void Commit(IReadOnlyDictionary<string, string> commitData)
    {
        writer.SetCommitData(new Dictionary<string, string>(commitData));
        writer.Commit();
        pending = false;
    }

    public void Dispose()
    {
        try
        {
            // Rollback closes without committing: staged changes of an unfinished run, or the empty first commit
            // that closing a writer on a folder without an index would write.
            if (pending || !DirectoryReader.IndexExists(directory)) writer.Rollback();
            else writer.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // The index itself failed (folder gone, disk full): nothing staged was committed, and closing is not a
            // second failure that would hide the run's outcome. The last commit stays as it was.
        }
        finally
        {
            directory.Dispose();
            writerLock.Dispose();
        }
    }
}

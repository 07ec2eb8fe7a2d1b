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

    public IndexWriter Writer { get; }

    public StatuteIndexWriter(string indexPath, OffenceClassifier? classifier = null, TimeProvider? time = null)
    {
        System.IO.Directory.CreateDirectory(indexPath);
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

    /// <summary>Replaces every provision of the statute in one commit; returns the number of provisions written.</summary>
    public int Replace(Statute statute)
    {
        var indexedAt = time.GetUtcNow();
        var documents = statute.Provisions
            .Select(p => ProvisionDocumentBuilder.Build(statute, p, classifier.Classify(p), indexedAt))
            .ToList();
        Writer.UpdateDocuments(new Term(IndexFields.StatuteId, statute.Id), documents);
        Writer.Commit();
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

    public void Dispose()
    {
        Writer.Dispose();
        directory.Dispose();
    }
}

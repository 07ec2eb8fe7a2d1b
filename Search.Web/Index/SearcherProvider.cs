using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Web.Index;

/// <summary>
/// The one long-lived <see cref="SearcherManager"/> of the web app. Requests borrow a searcher with
/// <see cref="Use{T}"/>; <see cref="SearcherRefresher"/> picks up new commits in the background.
/// </summary>
public sealed class SearcherProvider : IDisposable
{
    private readonly FSDirectory directory;
    private readonly SearcherManager manager;

    public string IndexPath { get; }

    public SearcherProvider(string indexPath)
    {
        IndexPath = indexPath;
        directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new InvalidOperationException($"no Lucene index at {indexPath}");
        }
        manager = new SearcherManager(directory, new RankedSearcherFactory());
    }

    public T Use<T>(Func<IndexSearcher, T> action)
    {
        var searcher = manager.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Opens a newer reader when the index has a new commit; true when it did.</summary>
    public bool Refresh() => manager.MaybeRefresh();

    /// <summary>Every searcher the manager opens ranks with <see cref="Ranking"/> (BM25).</summary>
    private sealed class RankedSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = Ranking.CreateSimilarity() };
    }

    public void Dispose()
    {
        manager.Dispose();
        directory.Dispose();
    }
}

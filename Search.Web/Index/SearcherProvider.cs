using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LegalSearch.Web.Index;

/// <summary>The commit a reader serves: its generation, and the run that wrote it (from the commit's user data).</summary>
public sealed record ServedCommit(long Generation, string? RunId, bool IsLatest);

/// <summary>
/// The one long-lived <see cref="SearcherManager"/> of the web app. Requests borrow a searcher with
/// <see cref="Use{T}"/>; <see cref="SearcherRefresher"/> picks up new commits in the background. The manager opens
/// on first use, so the start-up build (<see cref="Reindexing.InitialIndexBuild"/>) can create the index first.
/// Each new searcher is warmed (the constructor's <c>warm</c>) before any request gets it.
/// </summary>
public sealed class SearcherProvider : IDisposable
{
    private readonly System.Threading.Lock gate = new();
    private readonly System.Threading.Lock refreshing = new();
    private readonly Action<IndexSearcher>? warm;
    private (FSDirectory Directory, SearcherManager Manager)? opened;

    public string IndexPath { get; }

    /// <param name="warm">Run on each new searcher before requests can borrow it: on the thread that opens the manager or refreshes it.</param>
    public SearcherProvider(string indexPath, Action<IndexSearcher>? warm = null)
    {
        IndexPath = indexPath;
        this.warm = warm;
    }

    /// <summary>The manager, opened on first use (retried on the next use while there is no index yet).</summary>
    private SearcherManager Manager
    {
        get
        {
            lock (gate)
            {
                if (opened is { } open) return open.Manager;
                FSDirectory directory = new MappedReadDirectory(new DirectoryInfo(IndexPath));
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    throw new InvalidOperationException($"no Lucene index at {IndexPath}");
                }
                opened = (directory, new SearcherManager(directory, new RankedSearcherFactory(warm)));
                return opened.Value.Manager;
            }
        }
    }

    public T Use<T>(Func<IndexSearcher, T> action)
    {
        var searcher = Manager.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            Manager.Release(searcher);
        }
    }

    /// <summary>
    /// Opens a newer reader when the index has a new commit; returns the commit now served when it changed, else null.
    /// (<see cref="ReferenceManager{G}.MaybeRefresh"/> returns true whenever it checked, changed or not.)
    /// </summary>
    public ServedCommit? Refresh()
    {
        // One refresh at a time (the timer and a finished reindex both refresh): each new commit is reported once.
        lock (refreshing)
        {
            var before = Served().Generation;
            Manager.MaybeRefreshBlocking();
            var after = Served();
            return after.Generation != before ? after : null;
        }
    }

    /// <summary>The commit the current reader serves and whether it is the directory's latest.</summary>
    public ServedCommit Served() => Use(searcher =>
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        var commit = reader.IndexCommit;
        return new ServedCommit(commit.Generation, commit.UserData.TryGetValue("run", out var run) ? run : null, IsLatest(reader));
    });

    /// <summary>Whether no newer commit exists; an index folder that cannot be read (refresh degraded) is not "latest".</summary>
    private static bool IsLatest(DirectoryReader reader)
    {
        try
        {
            return reader.IsCurrent();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every searcher the manager opens is a <see cref="RankedSearcher"/> (BM25), warmed before it is returned: the
    /// manager publishes a searcher only once its factory returns it, so what a new reader must compute once (the
    /// statute catalog, a scan of every stored document) is done by the refresh and not by the first search after it
    /// (Lucene's <see cref="SearcherFactory"/> is its place for warming, as Elasticsearch's warmers were).
    /// </summary>
    private sealed class RankedSearcherFactory(Action<IndexSearcher>? warm) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = new RankedSearcher(reader);
            warm?.Invoke(searcher);
            return searcher;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (opened is not { } open) return;
            open.Manager.Dispose();
            open.Directory.Dispose();
            opened = null;
        }
    }
}

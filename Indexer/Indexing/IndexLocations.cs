using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The files that belong to an index folder but live beside it, outside the Lucene directory: the writer lock,
/// the run history and the OCR cache. For "data/index": "data/index.lock", "data/index.lock.owner",
/// "data/index-runs/" and "data/ocr-cache/".
/// </summary>
public sealed record IndexLocations(string Index)
{
    public static IndexLocations For(string indexPath) => new(Path.GetFullPath(Path.TrimEndingDirectorySeparator(indexPath)));

    private string Parent => Path.GetDirectoryName(Index) ?? ".";

    private string Name => Path.GetFileName(Index);

    /// <summary>Held with an exclusive OS lock (flock) by the one writer of the index.</summary>
    public string WriterLock => Path.Combine(Parent, $"{Name}.lock");

    /// <summary>Who holds <see cref="WriterLock"/>: process id and since when (read by a refused writer).</summary>
    public string WriterLockOwner => Path.Combine(Parent, $"{Name}.lock.owner");

    /// <summary>One JSON record per indexing run.</summary>
    public string RunHistory => Path.Combine(Parent, $"{Name}-runs");

    /// <summary>OCR output cache, shared by rebuilt indexes so OCR is paid once.</summary>
    public string OcrCache => Path.Combine(Parent, "ocr-cache");

    /// <summary>True when the index folder has a commit with at least one document (a killed first build has none).</summary>
    public bool HasDocuments()
    {
        if (!System.IO.Directory.Exists(Index)) return false;
        using var directory = FSDirectory.Open(Index);
        if (!DirectoryReader.IndexExists(directory)) return false;
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs > 0;
    }
}

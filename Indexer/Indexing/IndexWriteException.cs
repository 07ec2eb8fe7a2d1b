namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The index itself could not be written (disk full, folder gone, writer closed after an earlier failure): not the
/// fault of the file being indexed. The run stops; the CLI exits 3 with this reason.
/// </summary>
public sealed class IndexWriteException(string message, Exception? inner = null) : IOException(message, inner);

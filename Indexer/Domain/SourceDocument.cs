namespace LegalSearch.Indexer.Domain;

/// <summary>A file to index: where it is on disk, where it came from (shown to users), and its metadata.</summary>
/// <param name="LocalPath">Absolute path of the bytes on disk.</param>
/// <param name="Source">Provenance: path relative to the indexed folder with '/' separators, or the URL when crawled.</param>
/// <param name="ContentType">HTTP Content-Type when crawled (may carry a charset), else null.</param>
public sealed record SourceDocument(
    string LocalPath,
    string Source,
    StatuteMetadata Metadata,
    string? ContentType = null);

namespace LegalSearch.Indexer.Indexing;

/// <summary>A file that could not be indexed, with the reason in words a user understands.</summary>
public sealed record IndexFailure(string Source, string Reason);

/// <summary>Progress of a run: one call per finished source (extracted, unchanged or failed).</summary>
public sealed record IndexProgress(int Done, int Total, string Source, int Provisions, string? Error, bool Unchanged = false);

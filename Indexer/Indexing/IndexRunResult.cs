namespace LegalSearch.Indexer.Indexing;

/// <summary>A file that could not be indexed, with the reason in words a user understands.</summary>
public sealed record IndexFailure(string Source, string Reason);

/// <summary>What one indexing run did.</summary>
/// <param name="WriteFailure">Why the index could not be written, when that stopped the run; the files left were not tried.</param>
public sealed record IndexRunResult(
    int Files,
    int Statutes,
    int Provisions,
    IReadOnlyList<IndexFailure> Failures,
    TimeSpan Elapsed,
    string? WriteFailure = null)
{
    public bool Succeeded => Failures.Count == 0 && WriteFailure is null;
}

/// <summary>Progress of a run: one call per finished file.</summary>
public sealed record IndexProgress(int Done, int Total, string Source, int Provisions, string? Error);

using System.Diagnostics;

namespace LegalSearch.Web.Search.Backend;

/// <summary>
/// The work one search may do: a deadline (<see cref="SearchSpec.Budget"/>) and the caller's cancellation (the client
/// went away, or the request timed out). A backend checks it while documents are collected and before each snippet.
/// </summary>
public sealed class SearchBudget(TimeSpan allowed, CancellationToken cancellationToken)
{
    private readonly long deadline = Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan Allowed => allowed;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled, <see cref="SearchBudgetExceededException"/> past the deadline.</summary>
    public void ThrowIfExceeded()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > deadline) throw new SearchBudgetExceededException(allowed);
    }
}

/// <summary>A search that needed more than its budget; becomes a 503 problem document that says so.</summary>
public sealed class SearchBudgetExceededException(TimeSpan allowed)
    : Exception($"the search needed more than its {allowed.TotalMilliseconds:N0} ms budget and was stopped; narrow the query (fewer wildcards, more words, a filter)");

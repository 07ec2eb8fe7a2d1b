using System.Diagnostics;

namespace LegalSearch.Web.Search.Backend;

/// <summary>
/// The work one search may do: a deadline (<see cref="SearchSpec.Budget"/>) and the caller's cancellation (the client
/// went away, or the request timed out). Finding and ranking past the deadline stops the search; snippets past it are
/// replaced by the opening of the text, so a costly highlight never turns a found page into an error.
/// </summary>
public sealed class SearchBudget(TimeSpan allowed, CancellationToken cancellationToken)
{
    private readonly long deadline = Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan Allowed => allowed;

    /// <summary>True once the deadline has passed.</summary>
    public bool IsSpent => Stopwatch.GetTimestamp() > deadline;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled.</summary>
    public void ThrowIfCancelled() => cancellationToken.ThrowIfCancellationRequested();

    /// <summary>Throws <see cref="OperationCanceledException"/> when the caller cancelled, <see cref="SearchBudgetExceededException"/> past the deadline.</summary>
    public void ThrowIfExceeded()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (IsSpent) throw new SearchBudgetExceededException(allowed);
    }
}

/// <summary>A search that needed more than its budget; becomes a 503 problem document that says so.</summary>
public sealed class SearchBudgetExceededException(TimeSpan allowed)
    : Exception($"the search needed more than its {allowed.TotalMilliseconds:N0} ms budget and was stopped; narrow the query (fewer wildcards, more words, a filter)");

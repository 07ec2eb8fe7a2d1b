namespace LegalSearch.Web.Index;

/// <summary>
/// What the background refresh last did, for /health: "degraded" when the last attempt failed, or when no attempt has
/// succeeded for three refresh intervals (the refresher is stuck or gone) — the site then serves an older reader.
/// </summary>
public sealed class RefreshStatus(TimeProvider time)
{
    private readonly object gate = new();
    private DateTimeOffset lastSuccess = time.GetUtcNow();
    private (DateTimeOffset At, string Error)? lastFailure;

    public void Succeeded()
    {
        lock (gate)
        {
            lastSuccess = time.GetUtcNow();
            lastFailure = null;
        }
    }

    public void Failed(Exception exception)
    {
        lock (gate) lastFailure = (time.GetUtcNow(), $"{exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>"ok", or "degraded" with the reason.</summary>
    public RefreshHealth Health(TimeSpan interval)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (lastFailure is { } failure)
            {
                return new RefreshHealth("degraded", lastSuccess, $"index refresh failed at {failure.At:u}: {failure.Error}; serving the reader of {lastSuccess:u}");
            }
            var staleAfter = 3 * interval;
            return now - lastSuccess > staleAfter
                ? new RefreshHealth("degraded", lastSuccess, $"no index refresh since {lastSuccess:u} (expected every {interval.TotalSeconds:N0} s)")
                : new RefreshHealth("ok", lastSuccess, null);
        }
    }
}

/// <summary>The refresh part of /health.</summary>
public sealed record RefreshHealth(string Status, DateTimeOffset LastRefresh, string? Problem);

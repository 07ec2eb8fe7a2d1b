using Microsoft.Extensions.Options;
using LegalSearch.Web.Options;

namespace LegalSearch.Web.Index;

/// <summary>
/// Refreshes the SearcherManager on a timer so new commits (reindexing) become visible without restart. A failed refresh,
/// whatever the exception, is logged and recorded in <see cref="RefreshStatus"/> (/health says "degraded"); the site
/// keeps serving the previous reader and the next tick tries again.
/// </summary>
public sealed class SearcherRefresher(SearcherProvider searchers, RefreshStatus status, IOptions<IndexOptions> options, ILogger<SearcherRefresher> logger, TimeProvider time)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) RefreshOnce();
    }

    /// <summary>One refresh attempt; never throws.</summary>
    public void RefreshOnce()
    {
        try
        {
            if (searchers.Refresh() is { } served) LogReopened(logger, served);
            status.Succeeded();
        }
        catch (Exception ex)
        {
            status.Failed(ex);
            logger.LogError(ex, "Index refresh failed; still serving the previous reader");
        }
    }

    /// <summary>Logged only when a new commit became visible.</summary>
    public static void LogReopened(ILogger logger, ServedCommit served) =>
        logger.LogInformation("Index reopened: commit {Generation} (run {RunId}) is now searchable", served.Generation, served.RunId ?? "unknown");
}

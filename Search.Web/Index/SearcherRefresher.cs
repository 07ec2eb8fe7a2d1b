using Microsoft.Extensions.Options;
using LegalSearch.Web.Options;

namespace LegalSearch.Web.Index;

/// <summary>Refreshes the SearcherManager on a timer so new commits (reindexing) become visible without restart.</summary>
public sealed class SearcherRefresher(SearcherProvider searchers, IOptions<IndexOptions> options, ILogger<SearcherRefresher> logger, TimeProvider time)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (searchers.Refresh() is { } served) LogReopened(logger, served);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Index refresh failed; still serving the previous reader");
            }
        }
    }

    /// <summary>Logged only when a new commit became visible.</summary>
    public static void LogReopened(ILogger logger, ServedCommit served) =>
        logger.LogInformation("Index reopened: commit {Generation} (run {RunId}) is now searchable", served.Generation, served.RunId ?? "unknown");
}

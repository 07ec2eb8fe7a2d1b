using Microsoft.Extensions.Options;

namespace LegalSearch.Web.Reindexing;

/// <summary>Reindexes the corpus on the `Reindex:Schedule` cron schedule (UTC); a tick while a run is going is skipped.</summary>
public sealed class ScheduledReindexer(IOptions<ReindexOptions> options, ReindexCoordinator coordinator, TimeProvider time, ILogger<ScheduledReindexer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cron = options.Value.Cron();
        if (cron is null) return;
        logger.LogInformation("Reindexing on the schedule {Schedule} (UTC)", options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, TimeZoneInfo.Utc);
            if (next is null) return;
            await Task.Delay(next.Value - now, time, stoppingToken);
            var start = coordinator.TryStart("schedule");
            if (!start.Started)
            {
                logger.LogInformation("Scheduled reindex skipped: run {RunId} is still going", start.RunId);
                continue;
            }
            try
            {
                await start.Completion.WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A broken run must not stop the site or the schedule: it is logged and the next tick tries again.
                logger.LogError(ex, "Scheduled reindex {RunId} failed", start.RunId);
            }
        }
    }
}

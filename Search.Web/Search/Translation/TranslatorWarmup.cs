namespace LegalSearch.Web.Search.Translation;

/// <summary>Starts the Apertium pipelines in the background at start-up, so the first translated query does not pay their ~0.2 s load.</summary>
public sealed class TranslatorWarmup(IQueryTranslator translator, ILogger<TranslatorWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        if (translator is not ApertiumTranslator apertium) return;
        foreach (var pipeline in apertium.Pipelines)
        {
            if (stoppingToken.IsCancellationRequested) return;
            pipeline.Warm();
        }
        logger.LogInformation("Apertium pipelines warm: {Pairs}", string.Join(", ", apertium.Pipelines.Select(p => p.Pair)));
    }, stoppingToken);
}

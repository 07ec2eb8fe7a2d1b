using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Web.Reindexing;

/// <summary>
/// Start-up work as a hosted service (the eShop MigrateDbContext pattern): before the server listens, builds the index
/// from the configured corpus when it is missing or empty — also when a killed first build left no commit.
/// </summary>
public sealed class InitialIndexBuild(ReindexTarget target, ReindexCoordinator coordinator, ILogger<InitialIndexBuild> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var index = IndexLocations.For(target.IndexPath);
        if (index.HasDocuments())
        {
            logger.LogInformation("Using the index at {Path}", target.IndexPath);
            return;
        }
        var missing = target.CorpusPaths.Where(p => !File.Exists(p) && !System.IO.Directory.Exists(p)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Corpus:Paths has no such file or folder: {string.Join(", ", missing)}");

        logger.LogInformation("No index at {Path}: building it from {Corpus}", target.IndexPath, string.Join(", ", target.CorpusPaths));
        var run = await coordinator.TryStart("startup").Completion.WaitAsync(cancellationToken);
        if (!run.Completed) throw new InvalidOperationException($"building the index at {target.IndexPath} failed: {run.Error}");
        if (!index.HasDocuments()) throw new InvalidOperationException($"the corpus produced an empty index at {target.IndexPath}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

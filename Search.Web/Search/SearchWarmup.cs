using System.Diagnostics;

namespace LegalSearch.Web.Search;

/// <summary>
/// Runs two searches in the background at start-up, so the first user's search does not pay for compiling the search
/// path, opening the searcher and the first translations: on the corpus index the first search after a start took
/// 250–350 ms (`tookMs`), 30 ms once the warm-up (1.5 s) had run. Each warm-up search goes through
/// <see cref="SearchService"/> as a request does (lexicon, translation, feedback, snippets, facets); a failure (no index)
/// is logged and ends the warm-up, and a request never waits for it.
/// </summary>
public sealed class SearchWarmup(SearchService search, ILogger<SearchWarmup> logger) : BackgroundService
{
    /// <summary>Queries of the product's kind, in Spanish and English: a lexicon concept, words the translator renders.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        "acceso abusivo a un sistema informático",
        "illegal interception of computer data",
    ];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        foreach (var query in Queries)
        {
            if (stoppingToken.IsCancellationRequested) return;
            try
            {
                search.Search(new SearchRequest(query, [], [], [], [], 1, 10), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogInformation("Search warm-up stopped: {Reason}", ex.Message);
                return;
            }
        }
        logger.LogInformation("Search warmed up: {Count} queries in {Milliseconds} ms", Queries.Count, clock.ElapsedMilliseconds);
    }, stoppingToken);
}

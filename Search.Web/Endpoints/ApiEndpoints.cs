using Microsoft.Extensions.Options;
using LegalSearch.Indexer.Classification;
using LegalSearch.Web.Reindexing;
using LegalSearch.Web.Index;
using LegalSearch.Web.Options;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Comparison;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Endpoints;

/// <summary>The JSON API of DESIGN.md: search, statutes, provisions, offences, health.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (HttpRequest request, SearchService search, CancellationToken cancellationToken) =>
            Results.Ok(search.Search(SearchRequest.From(request.Query), cancellationToken)));

        api.MapGet("/statutes", (StatuteService statutes) => Results.Ok(statutes.List()));

        api.MapGet("/statutes/{statuteId}", (string statuteId, StatuteService statutes) =>
            statutes.Find(statuteId) is { } statute
                ? Results.Ok(statute)
                : Results.Problem(statusCode: 404, title: "Statute not found", detail: $"no statute '{statuteId}' in the index"));

        api.MapGet("/provisions/{statuteId}/{articleSlug}", (string statuteId, string articleSlug, StatuteService statutes) =>
            statutes.FindProvision(statuteId, articleSlug) is { } provision
                ? Results.Ok(provision)
                : Results.Problem(statusCode: 404, title: "Provision not found", detail: $"no provision '{articleSlug}' in '{statuteId}'"));

        api.MapGet("/compare", (HttpRequest request, ComparisonService comparison) =>
            Results.Ok(comparison.Compare(CompareParameters.Offence(request.Query), CompareParameters.Countries(request.Query))));

        api.MapGet("/offences", () => Results.Ok(OffenceCatalog.All.Select(o => new { code = o.Code, budapestArticles = o.Articles, labels = o.Labels })));

        app.MapGet("/health", (ISearchBackend backend, IQueryTranslator translator, RefreshStatus refresh, IOptions<IndexOptions> index, ReindexCoordinator reindexing) =>
        {
            var stats = backend.Statistics();
            var health = refresh.Health(TimeSpan.FromSeconds(index.Value.RefreshSeconds));
            var served = reindexing.ServedCommit();
            var lastRun = reindexing.Runs().FirstOrDefault();
            return Results.Ok(new
            {
                status = health.Status,
                statutes = stats.Statutes,
                provisions = stats.Provisions,
                lastIndexed = stats.LastIndexed,
                translation = translator.Available ? "on" : "off",
                lastRefresh = health.LastRefresh,
                problem = health.Problem,
                servedCommit = new { generation = served.Generation, runId = served.RunId, isLatest = served.IsLatest },
                lastRun = lastRun is null ? null : new { id = lastRun.Id, status = lastRun.Status, trigger = lastRun.Trigger, startedAt = lastRun.StartedAt, endedAt = lastRun.EndedAt, counts = lastRun.Counts, error = lastRun.Error },
            });
        });
        return app;
    }
}

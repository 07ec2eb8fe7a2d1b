using LegalSearch.Indexer.Classification;
using LegalSearch.Web.Reindexing;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Comparison;

namespace LegalSearch.Web.Endpoints;

/// <summary>The JSON API of DESIGN.md: search, statutes, provisions, offences, health.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (HttpRequest request, SearchService search) => Results.Ok(search.Search(SearchRequest.From(request.Query))));

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

        app.MapGet("/health", (ISearchBackend backend, ReindexCoordinator reindexing) =>
        {
            var stats = backend.Statistics();
            var served = reindexing.ServedCommit();
            var lastRun = reindexing.History.List().FirstOrDefault();
            return Results.Ok(new
            {
                status = "ok",
                statutes = stats.Statutes,
                provisions = stats.Provisions,
                lastIndexed = stats.LastIndexed,
                servedCommit = new { generation = served.Generation, runId = served.RunId, isLatest = served.IsLatest },
                lastRun = lastRun is null ? null : new { id = lastRun.Id, status = lastRun.Status, trigger = lastRun.Trigger, startedAt = lastRun.StartedAt, endedAt = lastRun.EndedAt, counts = lastRun.Counts, error = lastRun.Error },
            });
        });
        return app;
    }
}

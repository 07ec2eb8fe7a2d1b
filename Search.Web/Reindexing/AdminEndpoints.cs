using Microsoft.AspNetCore.Http.HttpResults;

namespace LegalSearch.Web.Reindexing;

/// <summary>
/// `POST /api/admin/reindex` (202 {runId}, or 409 with the running run's id) and `GET /api/admin/runs[/{id}]`,
/// behind the admin bearer token (401 without it or with a wrong one). Not mapped at all without a token.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app, string? token)
    {
        if (token is null) return app;
        var bearer = new BearerToken(token);
        var admin = app.MapGroup("/api/admin").AddEndpointFilter(async (context, next) =>
        {
            if (bearer.Matches(context.HttpContext.Request)) return await next(context);
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "an admin bearer token is required");
        });

        admin.MapPost("/reindex", Results<Accepted<ReindexAccepted>, ProblemHttpResult> (ReindexCoordinator coordinator) =>
        {
            var start = coordinator.TryStart("admin");
            return start.Started
                ? TypedResults.Accepted($"/api/admin/runs/{start.RunId}", new ReindexAccepted(start.RunId))
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "A reindex is already running",
                    detail: $"run {start.RunId} is still going; try again when it has ended",
                    extensions: new Dictionary<string, object?> { ["runId"] = start.RunId });
        });

        admin.MapGet("/runs", (ReindexCoordinator coordinator, int? limit) =>
            TypedResults.Ok(coordinator.Runs().Take(Math.Clamp(limit ?? 50, 1, 1000))));

        admin.MapGet("/runs/{runId}", Results<Ok<LegalSearch.Indexer.Indexing.Runs.IndexRun>, ProblemHttpResult> (string runId, ReindexCoordinator coordinator) =>
            coordinator.FindRun(runId) is { } run
                ? TypedResults.Ok(run)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Run not found", detail: $"no run '{runId}' in the history"));
        return app;
    }
}

public sealed record ReindexAccepted(string RunId);

using Microsoft.AspNetCore.Http.HttpResults;
using LegalSearch.Indexer.Classification;
using LegalSearch.Web.Reindexing;
using LegalSearch.Web.Exports;
using LegalSearch.Web.Localization;
using Microsoft.Extensions.Options;
using LegalSearch.Web.Index;
using LegalSearch.Web.Options;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Comparison;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Endpoints;

/// <summary>The JSON API of DESIGN.md: search, statutes, provisions, compare, offences (and their matrix), health. Typed results, so /openapi/v1.json describes each.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("search").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/search", Results<Ok<SearchResponse>, FileContentHttpResult> ([AsParameters] SearchParameters parameters, HttpRequest request, SearchService search, CancellationToken cancellationToken) =>
        {
            var format = ExportFormat.Parse(parameters.Format);
            var response = search.Search(SearchRequest.From(request.Query), cancellationToken);
            return format == ExportFormat.Csv ? (FileContentHttpResult)CsvExport.File(CsvExport.Search(response), "search.csv") : TypedResults.Ok(response);
        }).WithSummary("Ranked provisions with snippets and facets (format=csv for a spreadsheet)");

        api.MapGet("/statutes", Ok<IReadOnlyList<StatuteSummary>> (StatuteService statutes) => TypedResults.Ok(statutes.List()))
            .WithSummary("Every statute in the index");

        api.MapGet("/statutes/{statuteId}", Results<Ok<StatuteView>, ProblemHttpResult> (string statuteId, StatuteService statutes) =>
            statutes.Find(statuteId) is { } statute
                ? TypedResults.Ok(statute)
                : TypedResults.Problem(statusCode: 404, title: "Statute not found", detail: $"no statute '{statuteId}' in the index"))
            .WithSummary("A statute's metadata and its provisions in order");

        api.MapGet("/provisions/{statuteId}/{articleSlug}", Results<Ok<ProvisionView>, ProblemHttpResult> (string statuteId, string articleSlug, StatuteService statutes) =>
            statutes.FindProvision(statuteId, articleSlug) is { } provision
                ? TypedResults.Ok(provision)
                : TypedResults.Problem(statusCode: 404, title: "Provision not found", detail: $"no provision '{articleSlug}' in '{statuteId}'"))
            .WithSummary("One provision with its full text and citation");

        api.MapGet("/compare", Results<Ok<ComparisonResponse>, FileContentHttpResult> ([AsParameters] CompareParameters parameters, ComparisonService comparison) =>
        {
            var format = ExportFormat.Parse(parameters.Format);
            var compared = comparison.Compare(parameters.ToRequest(), UiLanguage.Current);
            return format == ExportFormat.Csv ? (FileContentHttpResult)CsvExport.File(CsvExport.Compare(compared), "compare.csv") : TypedResults.Ok(compared);
        }).WithSummary("The Convention's provision and, per country in the order asked, the best provision for an offence (format=csv)");

        api.MapGet("/offences", Ok<IEnumerable<OffenceInfo>> () =>
            TypedResults.Ok(OffenceCatalog.All.Select(o => new OffenceInfo(o.Code, o.Articles, o.Labels))))
            .WithSummary("Offence codes with their Budapest articles and labels in every language");

        api.MapGet("/offences/matrix", Results<Ok<OffenceMatrix>, FileContentHttpResult> ([AsParameters] MatrixParameters parameters, OffenceMatrixService matrix, StatuteService statutes) =>
        {
            var format = ExportFormat.Parse(parameters.Format);
            var languages = statutes.List().Select(s => s.Language).ToHashSet(StringComparer.Ordinal);
            var chosen = (parameters.Lang ?? []).Where(l => !string.IsNullOrEmpty(l)).Select(l => l.ToLowerInvariant()).ToList();
            var unknown = chosen.FirstOrDefault(l => !languages.Contains(l));
            if (unknown is not null) throw new BadSearchRequestException($"no statute in language '{unknown}' in the index");
            var built = matrix.Build(chosen, UiLanguage.Current);
            return format == ExportFormat.Csv ? (FileContentHttpResult)CsvExport.File(CsvExport.Matrix(built), "offences.csv") : TypedResults.Ok(built);
        }).WithSummary("Country × offence: the provision per cell, or none (format=csv)");

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
        }).WithTags("health");
        return app;
    }
}

/// <summary>An offence code of /api/offences.</summary>
public sealed record OffenceInfo(string Code, string BudapestArticles, IReadOnlyDictionary<string, string> Labels);

/// <summary>The query string of /api/offences/matrix.</summary>
public sealed record MatrixParameters(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "lang")] string[]? Lang,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "format")] string? Format);

/// <summary>The query string of /api/search (validated by <see cref="SearchRequest.From"/>, which reads every parameter with its own message).</summary>
public sealed record SearchParameters(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "q")] string? Q,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "country")] string[]? Country,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "lang")] string[]? Lang,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "offence")] string[]? Offence,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "year")] string[]? Year,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "kind")] string[]? Kind,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] string? Page,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "size")] string? Size,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "sort")] string? Sort,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "format")] string? Format);

/// <summary>format=json|csv of the API lists.</summary>
public enum ExportFormat { Json, Csv }

public static class ExportFormatParsing
{
    extension(ExportFormat)
    {
        public static ExportFormat Parse(string? format) => format?.ToLowerInvariant() switch
        {
            null or "" or "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            _ => throw new BadSearchRequestException($"format '{format}' is not one of json, csv"),
        };
    }
}

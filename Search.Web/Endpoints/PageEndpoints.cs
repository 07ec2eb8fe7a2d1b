using LegalSearch.Web.Pages;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Comparison;

namespace LegalSearch.Web.Endpoints;

/// <summary>The HTML pages: home, search results, statute text.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (StatuteService statutes) => PageLayout.Html(HomePage.Render(statutes.List())));

        // Bad input and an over-budget search become a readable error page through BadRequestExceptionHandler.
        app.MapGet("/search", (HttpRequest request, SearchService search, CancellationToken cancellationToken) =>
        {
            if (request.Query["q"].ToString().Trim().Length == 0) return Results.Redirect("/");
            var searchRequest = SearchRequest.From(request.Query);
            return PageLayout.Html(SearchPage.Render(searchRequest, search.Search(searchRequest, cancellationToken), request.Query));
        });

        app.MapGet("/offences", () => PageLayout.Html(ComparePage.RenderOffences()));

        app.MapGet("/compare", (HttpRequest request, ComparisonService comparison) =>
            PageLayout.Html(ComparePage.Render(comparison.Compare(CompareParameters.Offence(request.Query), CompareParameters.Countries(request.Query)))));

        app.MapGet("/statutes/{statuteId}", (string statuteId, StatuteService statutes) =>
            statutes.Find(statuteId) is { } statute
                ? PageLayout.Html(StatutePage.Render(statute))
                : PageLayout.Html(PageLayout.Render("Not found", $"<p class=\"error\">No statute “{Html.HtmlText.Encode(statuteId)}” in the index.</p>"), 404));
        return app;
    }
}

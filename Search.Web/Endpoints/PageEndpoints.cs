using LegalSearch.Web.Localization;
using LegalSearch.Web.Pages;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Comparison;
using LegalSearch.Web.Search.Parsing;

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
            var q = request.Query["q"].ToString();
            if (q.Trim().Length == 0) return Results.Redirect("/");
            try
            {
                var searchRequest = SearchRequest.From(request.Query);
                return PageLayout.Html(SearchPage.Render(searchRequest, search.Search(searchRequest, cancellationToken), request.Query));
            }
            catch (QuerySyntaxException ex)
            {
                return PageLayout.Html(SearchPage.RenderError(q.TrimEnd(), ex.Error), StatusCodes.Status400BadRequest);
            }
            catch (BadSearchRequestException ex)
            {
                return PageLayout.Html(SearchPage.RenderError(q, ex.Message), StatusCodes.Status400BadRequest);
            }
        });

        app.MapGet("/help", () => PageLayout.Html(HelpPage.Render(UiLanguage.Current)));

        app.MapGet("/offences", () => PageLayout.Html(ComparePage.RenderOffences()));

        app.MapGet("/compare", (HttpRequest request, ComparisonService comparison) =>
            PageLayout.Html(ComparePage.Render(comparison.Compare(CompareParameters.Offence(request.Query), CompareParameters.Countries(request.Query)))));

        app.MapGet("/statutes/{statuteId}", (string statuteId, string? q, StatuteService statutes) =>
        {
            if (statutes.Find(statuteId) is not { } statute)
            {
                return PageLayout.Html(PageLayout.Render("Not found", $"<p class=\"error\">No statute “{Html.HtmlText.Encode(statuteId)}” in the index.</p>"), 404);
            }
            return PageLayout.Html(StatutePage.Render(statute, MarkedQuery(q) is { } tree ? statutes.Marked(statute, tree, ParagraphLayout.Paragraphs) : null));
        });
        return app;
    }

    /// <summary>The search a statute page was opened from (?q=), to mark its matches; a query that does not parse marks nothing.</summary>
    private static QueryTree? MarkedQuery(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        try
        {
            return QueryTreeParser.Parse(q);
        }
        catch (QuerySyntaxException)
        {
            return null;
        }
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using LegalSearch.Web.Components.Pages;
using LegalSearch.Web.Components.Shared;
using LegalSearch.Web.Pages;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Comparison;
using LegalSearch.Web.Search.Parsing;
using Microsoft.Extensions.Localization;

namespace LegalSearch.Web.Endpoints;

/// <summary>The HTML pages, each a Razor component (Components/Pages) rendered from its endpoint: home, search, help, compare, offences, statute.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();

        pages.MapGet("/", (StatuteService statutes) => Page<HomePage>(new { Statutes = statutes.List() }));

        pages.MapGet("/search", IResult (HttpRequest request, SearchService search, IStringLocalizer<SiteText> text, CancellationToken cancellationToken) =>
        {
            var q = request.Query["q"].ToString();
            if (q.Trim().Length == 0) return TypedResults.Redirect("/");
            try
            {
                var searchRequest = SearchRequest.From(request.Query);
                return Page<SearchPage>(new { Request = searchRequest, Response = search.Search(searchRequest, cancellationToken), Links = new SearchLinks(request.Query) });
            }
            catch (QuerySyntaxException ex)
            {
                return Page<MessagePage>(new { Title = text["error.heading"].Value, Query = q.TrimEnd(), Error = ex.Error }, StatusCodes.Status400BadRequest);
            }
            catch (BadSearchRequestException ex)
            {
                return Page<MessagePage>(new { Title = text["error.heading"].Value, Query = q, Message = ex.Message }, StatusCodes.Status400BadRequest);
            }
        });

        pages.MapGet("/help", () => Page<HelpPage>(new { }));

        pages.MapGet("/offences", IResult (HttpRequest request, OffenceMatrixService matrix, StatuteService statutes, IStringLocalizer<SiteText> text) =>
        {
            var languages = statutes.List().Select(s => s.Language).Distinct().Order(StringComparer.Ordinal).ToList();
            var chosen = request.Query["lang"].Where(l => !string.IsNullOrEmpty(l)).Select(l => l!.ToLowerInvariant()).ToList();
            var unknown = chosen.FirstOrDefault(l => !languages.Contains(l));
            if (unknown is not null) return Page<MessagePage>(new { Title = text["error.heading"].Value, Message = $"no statute in language '{unknown}' in the index" }, StatusCodes.Status400BadRequest);
            return Page<OffencesPage>(new { Matrix = matrix.Build(chosen, UiLanguage.Current), Languages = languages });
        });

        pages.MapGet("/compare", IResult ([AsParameters] CompareParameters parameters, ComparisonService comparison, IStringLocalizer<SiteText> text) =>
        {
            var countries = comparison.IndexedCountries().Where(c => c != ComparisonService.Treaty).Order(StringComparer.Ordinal).ToList();
            if (string.IsNullOrWhiteSpace(parameters.Offence) && string.IsNullOrWhiteSpace(parameters.Q))
            {
                return Page<ComparePage>(new { Request = new CompareRequest(null, null, []), Countries = countries });
            }
            try
            {
                var request = parameters.ToRequest();
                return Page<ComparePage>(new { Request = request, Comparison = comparison.Compare(request, UiLanguage.Current), Countries = countries });
            }
            catch (BadSearchRequestException ex)
            {
                return Page<MessagePage>(new { Title = text["error.heading"].Value, Message = ex.Message }, StatusCodes.Status400BadRequest);
            }
            catch (QuerySyntaxException ex)
            {
                return Page<MessagePage>(new { Title = text["error.heading"].Value, Query = parameters.Q ?? "", Error = ex.Error }, StatusCodes.Status400BadRequest);
            }
        });

        pages.MapGet("/statutes/{statuteId}", IResult (string statuteId, HttpRequest request, StatuteService statutes, IStringLocalizer<SiteText> text) =>
        {
            if (statutes.Find(statuteId) is not { } statute)
            {
                return Page<MessagePage>(new { Title = text["error.notFound"].Value, Message = text["error.noStatute", statuteId].Value }, StatusCodes.Status404NotFound);
            }
            var parts = StatuteParts.Split(statute.Provisions, StatutePage.PartSize).Count;
            var part = int.TryParse(request.Query["part"], out var asked) ? Math.Clamp(asked, 1, parts) : 1;
            if (request.Query["provision"].ToString() is { Length: > 0 } slug)
            {
                part = StatuteParts.PartOf(statute.Provisions, StatutePage.PartSize, $"art-{slug.ToLowerInvariant()}") ?? part;
            }
            return Page<StatutePage>(new { Statute = statute, Part = part, Marked = MarkedQuery(request.Query["q"]) is { } tree ? statutes.Marked(statute, tree, ParagraphLayout.Paragraphs) : null });
        });
        return app;
    }

    private static RazorComponentResult<T> Page<T>(object parameters, int statusCode = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = statusCode, ContentType = "text/html; charset=utf-8" };

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

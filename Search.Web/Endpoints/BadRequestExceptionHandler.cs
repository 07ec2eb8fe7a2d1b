using Microsoft.AspNetCore.Diagnostics;
using LegalSearch.Web.Limits;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Endpoints;

/// <summary>
/// The last line, not the plan (requests are validated before Lucene sees them): input the user must correct (bad query
/// syntax, page &lt; 1, size &gt; 100, unknown filter) → 400; a search over its budget → 503; a malformed request Kestrel
/// refused while the body was read → its own 4xx. A problem document on the API, a readable page on the site.
/// A query syntax error on the API says where (<c>position</c>, <c>length</c>, 0-based characters), what (<c>code</c>,
/// a stable message key; <c>detail</c> in the UI language) and links to the help on that form (<c>type</c> and
/// <c>help</c>: <c>/help#…</c>). Anything else stays a 500 problem document without details (AddProblemDetails).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is QuerySyntaxException { Error: var error } && !ErrorResponses.WantsPage(httpContext.Request))
        {
            return await WriteSyntaxProblem(httpContext, exception, error);
        }
        var (status, title) = exception switch
        {
            BadSearchRequestException or QuerySyntaxException => (StatusCodes.Status400BadRequest, "Bad search request"),
            SearchBudgetExceededException => (StatusCodes.Status503ServiceUnavailable, "Search too costly"),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        var detail = exception is QuerySyntaxException { Error: var pageError } ? QueryErrorMessages.Format(pageError, UiLanguage.Current) : exception.Message;
        await ErrorResponses.WriteAsync(httpContext, status, title, detail);
        return true;
    }

    private async Task<bool> WriteSyntaxProblem(HttpContext httpContext, Exception exception, QueryError error)
    {
        if (httpContext.Response.HasStarted) return true;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        var help = HelpLink(error);
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Query syntax error",
                Type = help,
                Detail = QueryErrorMessages.Format(error, UiLanguage.Current),
            },
        };
        context.ProblemDetails.Extensions["code"] = error.MessageKey;
        context.ProblemDetails.Extensions["position"] = error.Position;
        context.ProblemDetails.Extensions["length"] = error.Length;
        context.ProblemDetails.Extensions["help"] = help;
        return await problemDetails.TryWriteAsync(context);
    }

    public static string HelpLink(QueryError error) => $"/help#{error.HelpAnchor}";
}

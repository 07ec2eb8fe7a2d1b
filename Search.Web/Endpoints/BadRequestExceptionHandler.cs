using Microsoft.AspNetCore.Diagnostics;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Endpoints;

/// <summary>
/// Input the user must correct (bad query syntax, page &lt; 1, size &gt; 100, unknown filter) → 400 ProblemDetails,
/// never 500. A query syntax error says where (<c>position</c>, <c>length</c>, 0-based characters), what
/// (<c>code</c>, a stable message key; <c>detail</c> in the UI language) and links to the help on that form
/// (<c>type</c> and <c>help</c>: <c>/help#…</c>).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (BadSearchRequestException or QuerySyntaxException)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Bad search request",
                Detail = exception.Message,
            },
        };
        if (exception is QuerySyntaxException { Error: var error })
        {
            var help = HelpLink(error);
            context.ProblemDetails.Title = "Query syntax error";
            context.ProblemDetails.Type = help;
            context.ProblemDetails.Detail = QueryErrorMessages.Format(error, UiLanguage.Current);
            context.ProblemDetails.Extensions["code"] = error.MessageKey;
            context.ProblemDetails.Extensions["position"] = error.Position;
            context.ProblemDetails.Extensions["length"] = error.Length;
            context.ProblemDetails.Extensions["help"] = help;
        }
        return await problemDetails.TryWriteAsync(context);
    }

    public static string HelpLink(QueryError error) => $"/help#{error.HelpAnchor}";
}

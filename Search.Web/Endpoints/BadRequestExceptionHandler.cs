using Microsoft.AspNetCore.Diagnostics;
using LegalSearch.Web.Limits;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Endpoints;

/// <summary>
/// The last line, not the plan (requests are validated before Lucene sees them): input the user must correct (bad query
/// syntax, page &lt; 1, size &gt; 100, unknown filter) → 400; a search over its budget → 503; a malformed request Kestrel
/// refused while the body was read → its own 4xx. A problem document on the API, a readable page on the site.
/// Anything else stays a 500 problem document without details (AddProblemDetails).
/// </summary>
public sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadSearchRequestException or QuerySyntaxException => (StatusCodes.Status400BadRequest, "Bad search request"),
            SearchBudgetExceededException => (StatusCodes.Status503ServiceUnavailable, "Search too costly"),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        await ErrorResponses.WriteAsync(httpContext, status, title, exception.Message);
        return true;
    }
}

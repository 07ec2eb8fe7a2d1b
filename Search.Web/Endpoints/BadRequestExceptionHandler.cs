using Microsoft.AspNetCore.Diagnostics;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Endpoints;

/// <summary>Input the user must correct (bad query syntax, page &lt; 1, size &gt; 100, unknown filter) → 400 ProblemDetails, never 500.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (BadSearchRequestException or QuerySyntaxException)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Bad search request",
                Detail = exception.Message,
            },
        });
    }
}

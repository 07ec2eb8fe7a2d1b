using Microsoft.AspNetCore.WebUtilities;
using LegalSearch.Web.Html;
using LegalSearch.Web.Pages;

namespace LegalSearch.Web.Limits;

/// <summary>
/// How the app says no: an `application/problem+json` document for the API (and for any client that does not ask for
/// HTML), a readable page for a browser on the site. Used by the limits, the exception handler and the status-code pages.
/// </summary>
public static class ErrorResponses
{
    /// <summary>Longest query echoed back into the search box of an error page.</summary>
    private const int MaxEchoedQuery = 200;

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        if (WantsPage(context.Request))
        {
            var html = PageLayout.Render(title, $"<h1>{HtmlText.Encode(title)}</h1><p class=\"error\" role=\"alert\">{HtmlText.Encode(detail)}</p>", EchoedQuery(context.Request));
            await PageLayout.Html(html, status).ExecuteAsync(context);
            return;
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail, Type = "/help" },
        });
    }

    /// <summary>The body of an empty error status (unknown path, wrong method…): UseStatusCodePages.</summary>
    public static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"there is nothing at {context.Request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}",
            _ => $"{context.Request.Method} {context.Request.Path} answered {status}",
        };
        return WriteAsync(context, status, ReasonPhrases.GetReasonPhrase(status), detail);
    }

    /// <summary>A browser on a page of the site (not the API, health or OpenAPI document) that accepts HTML.</summary>
    public static bool WantsPage(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/openapi"))
        {
            return false;
        }
        return request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static string EchoedQuery(HttpRequest request)
    {
        var q = request.QueryString.Value is { Length: > 0 and < 4096 } ? request.Query["q"].ToString() : "";
        return q.Length <= MaxEchoedQuery ? q : q[..MaxEchoedQuery];
    }
}

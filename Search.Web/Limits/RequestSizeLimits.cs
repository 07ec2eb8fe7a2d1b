using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LegalSearch.Web.Limits;

/// <summary>
/// Refuses over-long URLs (414), header sets (431) and declared bodies (413) with a problem document, before any
/// endpoint runs. Kestrel's own limits are set higher (<see cref="LimitsOptions.KestrelLineAndHeaderLimit"/>) so such
/// requests reach this middleware instead of getting Kestrel's empty-bodied answer.
/// </summary>
public sealed class RequestSizeLimits(RequestDelegate next, IOptions<LimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var urlLength = UrlLength(context);
        if (urlLength > limits.MaxUrlLength)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status414UriTooLong, "URL too long",
                $"the URL has {urlLength:N0} characters; at most {limits.MaxUrlLength:N0} are accepted (a query may have 2,000 characters)");
        }
        var headerLength = HeaderLength(context.Request.Headers);
        if (headerLength > limits.MaxHeaderBytes)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large",
                $"the request headers have {headerLength:N0} characters; at most {limits.MaxHeaderBytes:N0} are accepted");
        }
        if (context.Request.ContentLength > limits.MaxBodyBytes)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"the request body has {context.Request.ContentLength:N0} bytes; at most {limits.MaxBodyBytes:N0} are accepted");
        }
        return next(context);
    }

    /// <summary>The request target as sent (percent-encoded), else path and query as decoded.</summary>
    private static int UrlLength(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw)) return raw.Length;
        var request = context.Request;
        return (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
    }

    private static int HeaderLength(IHeaderDictionary headers)
    {
        var total = 0;
        foreach (var (name, values) in headers)
        {
            total += name.Length;
            foreach (var value in values) total += value?.Length ?? 0;
        }
        return total;
    }
}

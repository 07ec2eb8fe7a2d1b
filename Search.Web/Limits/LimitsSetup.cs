using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace LegalSearch.Web.Limits;

/// <summary>
/// Wires what bounds one request: Kestrel's outer limits, <see cref="RequestSizeLimits"/>, a per-client rate limit
/// (Microsoft.AspNetCore.RateLimiting), request timeouts (Microsoft.AspNetCore.Http.Timeouts). Each refusal is a problem document.
/// </summary>
public static class LimitsSetup
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = LimitsOptions.KestrelLineAndHeaderLimit;
            kestrel.Limits.MaxRequestHeadersTotalSize = LimitsOptions.KestrelLineAndHeaderLimit;
        });
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<LimitsOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes)
            .Bind(builder.Configuration.GetSection("Kestrel")); // `Kestrel:AddServerHeader`, `Kestrel:Limits:*` from appsettings.json

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, rate) => ConfigureRateLimiter(limiter, rate.Value));

        builder.Services.AddRequestTimeouts(_ => { });
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => ErrorResponses.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Request timed out",
                    $"the request took longer than {limits.Value.RequestTimeoutSeconds} s and was stopped; try a narrower query"),
            });
        return builder;
    }

    /// <summary>In pipeline order: size limits first (cheapest), then the rate limit, then the timeout around the endpoint.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseMiddleware<RequestSizeLimits>();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        return app;
    }

    private static void ConfigureRateLimiter(RateLimiterOptions limiter, RateLimitOptions rate)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        if (rate.Enabled)
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetConcurrencyLimiter(ClientKey(context), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = rate.ConcurrentRequests,
                    QueueLimit = rate.QueuedRequests,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })),
                PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = rate.Burst,
                    TokensPerPeriod = rate.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })));
        }
        limiter.OnRejected = (rejected, _) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
            rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return new ValueTask(ErrorResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"this client has more than {rate.ConcurrentRequests + rate.QueuedRequests} requests in flight, or sent more than {rate.Burst} at once or {rate.PermitsPerSecond} a second; retry after {retryAfter} s"));
        };
    }

    /// <summary>One bucket per remote address (loopback and in-process test clients share one).</summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}

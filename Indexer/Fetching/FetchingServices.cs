using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// Registers the typed <see cref="HttpFetcher"/> client with its resilience handler: a retry with exponential
/// backoff on 5xx, timeouts and broken connections (never on 4xx), the per-host politeness limiter, and a timeout
/// per attempt. Redirects are not followed by the handler: <see cref="HttpFetcher"/> follows them itself to keep
/// each hop in scope and to stop loops.
/// </summary>
public static class FetchingServices
{
    public static readonly HttpRequestOptionsKey<int> Attempts = new("LegalSearch.Attempts");

    public static IServiceCollection AddDocumentFetching(this IServiceCollection services, FetchOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostPoliteness>();
        services.AddHttpClient<HttpFetcher>(client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's attempt timeout and the body timeout apply
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
            })
            .AddResilienceHandler("crawl", (pipeline, context) =>
            {
                var politeness = context.ServiceProvider.GetRequiredService<HostPoliteness>();
                pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryBaseDelay,
                        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                        OnRetry = args =>
                        {
                            args.Context.GetRequestMessage()?.Options.Set(Attempts, args.AttemptNumber + 2);
                            return ValueTask.CompletedTask;
                        },
                    })
                    .AddRateLimiter(new HttpRateLimiterStrategyOptions
                    {
                        RateLimiter = args => politeness.AcquireAsync(
                            args.Context.GetRequestMessage() ?? throw new InvalidOperationException("no request message"),
                            args.Context.CancellationToken),
                    })
                    .AddTimeout(options.AttemptTimeout);
            });
        return services;
    }

    /// <summary>Worth another try: a server error, a timeout or a broken connection. A 4xx answer is final.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };
}

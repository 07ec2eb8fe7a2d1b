using System.Text;

namespace LegalSearch.Indexer.Fetching;

/// <summary>
/// robots.txt of each host, fetched once per run through the same polite client: a 4xx means no rules, a server
/// error or no answer means nothing may be fetched (RFC 9309). The host's Crawl-delay raises our per-host delay.
/// </summary>
public sealed class RobotsPolicy(HttpFetcher fetcher, HostPoliteness politeness, FetchOptions options)
{
    private readonly Dictionary<string, RobotsTxt> hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (!hosts.TryGetValue(origin, out var robots))
        {
            robots = await LoadAsync(new Uri(origin + "/robots.txt"), cancellationToken);
            hosts[origin] = robots;
            if (robots.CrawlDelay is { } delay) politeness.SetCrawlDelay(url.Authority, delay);
        }
        return robots.IsAllowed(url);
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var request = new FetchRequest(FetchRequest.TextTypes, RedirectRefusal: target =>
            string.Equals(target.Authority, robotsUrl.Authority, StringComparison.OrdinalIgnoreCase) ? null : "robots.txt on another host");
        var response = await fetcher.GetAsync(robotsUrl, request, cancellationToken);
        if (response.Body is { } body) return RobotsTxt.Parse(Encoding.UTF8.GetString(body), options.RobotsAgent);
        return response.StatusCode is >= 400 and < 500 ? RobotsTxt.AllowAll : RobotsTxt.DisallowAll;
    }
}

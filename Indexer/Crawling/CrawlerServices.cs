using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Crawling;

/// <summary>The crawler's object graph: the typed HTTP client with its resilience handler, robots.txt, the cache.</summary>
public static class CrawlerServices
{
    public static IServiceCollection AddCrawler(this IServiceCollection services, FetchOptions options, string cacheFolder)
    {
        services.AddDocumentFetching(options);
        services.AddSingleton(new ContentCache(cacheFolder));
        services.AddTransient<RobotsPolicy>();
        services.AddTransient<Crawler>();
        return services;
    }

    /// <summary>A crawler for one run (robots.txt is read afresh each run), from a new service provider.</summary>
    public static ServiceProvider Build(FetchOptions options, string cacheFolder) =>
        new ServiceCollection().AddCrawler(options, cacheFolder).BuildServiceProvider();
}

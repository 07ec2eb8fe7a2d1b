using LegalSearch.Web.Search.Comparison;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search;

/// <summary>Registers the engine-neutral services above <see cref="Backend.ISearchBackend"/>: search, statutes, comparison.</summary>
public static class SearchServicesRegistration
{
    public static IServiceCollection AddSearchServices(this IServiceCollection services)
    {
        services.AddNoQueryTranslation();
        services.AddSingleton<SearchService>();
        services.AddSingleton<StatuteService>();
        services.AddSingleton<ComparisonService>();
        return services;
    }
}

using LegalSearch.Web.Index;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>Registers the Lucene backend: the one <see cref="SearcherProvider"/> over the index folder (its searchers warmed by <see cref="LuceneSearchBackend.Warm"/>), the query parser, the highlighter and <see cref="ISearchBackend"/>.</summary>
public static class LuceneBackendRegistration
{
    public static IServiceCollection AddLuceneSearchBackend(this IServiceCollection services, Func<IServiceProvider, string> indexPath)
    {
        services.AddSingleton(sp => new SearcherProvider(indexPath(sp), LuceneSearchBackend.Warm));
        services.AddSingleton<SearchQueryParser>();
        services.AddSingleton<SnippetHighlighter>();
        services.AddSingleton<ISearchBackend, LuceneSearchBackend>();
        return services;
    }
}

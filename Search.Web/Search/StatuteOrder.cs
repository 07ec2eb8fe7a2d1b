using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Search;

/// <summary>Sort by statute order: the best <see cref="SearchRequest.StatuteOrderWindow"/> hits arranged by country, statute (numbers in numeric order) and position in the statute, then paged.</summary>
public static class StatuteOrder
{
    public static SearchResult Page(ISearchBackend backend, SearchSpec spec)
    {
        var result = backend.Search(spec with { Page = 1, Size = SearchRequest.StatuteOrderWindow });
        var ordered = result.Hits
            .OrderBy(h => h.Provision.Get(ProvisionSchema.Country), StringComparer.Ordinal)
            .ThenBy(h => h.Provision.Get(ProvisionSchema.Title), NaturalOrder.Instance)
            .ThenBy(h => h.Provision.Get(ProvisionSchema.Ordinal))
            .Skip((spec.Page - 1) * spec.Size)
            .Take(spec.Size)
            .ToList();
        return result with { Hits = ordered };
    }
}

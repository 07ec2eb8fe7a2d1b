using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Search;

/// <summary>A filter value the index does not hold (<c>country=ZZ</c>, a language no statute is in) is a 400 that says so, not a silent empty list.</summary>
public static class IndexValues
{
    public static void Check(ISearchBackend backend, SearchRequest request)
    {
        var catalog = backend.Catalog();
        var countries = catalog.Select(s => s.Country).ToHashSet(StringComparer.Ordinal);
        var languages = catalog.Select(s => s.Language).ToHashSet(StringComparer.Ordinal);
        var country = request.Countries.FirstOrDefault(c => !countries.Contains(c));
        if (country is not null) throw new BadSearchRequestException($"no statute of country '{country}' in the index (one of {string.Join(", ", countries.Order(StringComparer.Ordinal))})");
        var language = request.Languages.FirstOrDefault(l => !languages.Contains(l));
        if (language is not null) throw new BadSearchRequestException($"no statute in language '{language}' in the index (one of {string.Join(", ", languages.Order(StringComparer.Ordinal))})");
    }
}

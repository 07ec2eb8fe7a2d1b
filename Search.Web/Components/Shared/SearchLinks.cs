namespace LegalSearch.Web.Components.Shared;

/// <summary>
/// URLs of the search page built from the current query string, so the query and every filter live in the URL:
/// toggling a facet value, removing a filter, another page or sort, the export formats.
/// </summary>
public sealed class SearchLinks(IQueryCollection query)
{
    /// <summary>Facet name in the results → query-string parameter.</summary>
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["country"] = "country", ["language"] = "lang", ["offence"] = "offence", ["year"] = "year",
    };

    private static readonly string[] FilterParameters = ["country", "lang", "offence", "year"];

    private List<(string Key, string Value)> Pairs(params string[] leaving) =>
        [.. query.Where(kv => kv.Key != "page" && kv.Key != "ui" && !leaving.Contains(kv.Key))
            .SelectMany(kv => kv.Value.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => (kv.Key, v)))];

    public bool IsSelected(string parameter, string value) =>
        Pairs().Any(p => p.Key == parameter && string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The same search with the value added to its filter, or taken out when it is already chosen.</summary>
    public string Toggle(string parameter, string value)
    {
        var pairs = Pairs();
        var removed = pairs.RemoveAll(p => p.Key == parameter && string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase));
        if (removed == 0) pairs.Add((parameter, value));
        return Url("/search", pairs);
    }

    public string WithoutFilters() => Url("/search", Pairs(FilterParameters));

    public string Page(int page) => Url("/search", [.. Pairs(), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public string Sorted(string sort) => Url("/search", [.. Pairs("sort"), ("sort", sort)]);

    /// <summary>The API URL of this result list in a format (json, csv), same page and size.</summary>
    public string Export(string format) => Url("/api/search", [.. query.Where(kv => kv.Key is not ("format" or "ui")).SelectMany(kv => kv.Value.Select(v => (kv.Key, v ?? ""))), ("format", format)]);

    /// <summary>Filters chosen now, for the hidden fields of the search box (a new query keeps them).</summary>
    public IReadOnlyList<(string Name, string Value)> Filters() => [.. Pairs().Where(p => FilterParameters.Contains(p.Key) || p.Key == "sort")];

    public static string Url(string path, IEnumerable<(string Key, string Value)> pairs) =>
        path + "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}

namespace LegalSearch.Web.Search.Comparison;

/// <summary>Reads `offence` (required) and repeatable `country` of /compare and /api/compare.</summary>
public static class CompareParameters
{
    public static string Offence(IQueryCollection query)
    {
        var offence = query["offence"].ToString().Trim().ToLowerInvariant();
        return offence.Length > 0 ? offence : throw new BadSearchRequestException("'offence' is required (see /api/offences)");
    }

    public static IReadOnlyList<string> Countries(IQueryCollection query)
    {
        var countries = query["country"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct().ToList();
        return countries.Count <= SearchRequest.MaxValuesPerFilter
            ? countries
            : throw new BadSearchRequestException($"'country' lists {countries.Count:N0} values; at most {SearchRequest.MaxValuesPerFilter} are accepted");
    }
}

using LegalSearch.Indexer.Classification;
using Microsoft.AspNetCore.Mvc;

namespace LegalSearch.Web.Search.Comparison;

/// <summary>The query string of /compare and /api/compare, as bound by the endpoints (and documented in OpenAPI).</summary>
/// <param name="Offence">An offence code of /api/offences (required unless <paramref name="Q"/> is given).</param>
/// <param name="Q">Words to compare instead of (or within) an offence.</param>
/// <param name="Country">Countries in the order their columns should appear; repeatable or comma-separated. None: every country with a provision.</param>
/// <param name="Format">json (default) or csv (API only).</param>
public sealed record CompareParameters(
    [FromQuery(Name = "offence")] string? Offence,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "country")] string[]? Country,
    [FromQuery(Name = "format")] string? Format)
{
    /// <summary>Validates what can be checked without the index; throws <see cref="BadSearchRequestException"/> with the reason.</summary>
    public CompareRequest ToRequest()
    {
        var offence = Offence?.Trim().ToLowerInvariant() is { Length: > 0 } code ? code : null;
        var query = Q?.Trim() is { Length: > 0 } q ? q : null;
        if (offence is null && query is null) throw new BadSearchRequestException("'offence' or 'q' is required (see /api/offences)");
        if (offence is not null && !OffenceCatalog.IsKnown(offence)) throw new BadSearchRequestException($"unknown offence code '{offence}' (see /api/offences)");
        var countries = (Country ?? [])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant())
            .Distinct()
            .ToList();
        return new CompareRequest(offence, query, countries);
    }
}

/// <summary>A validated comparison: an offence and/or words, and the countries in the order asked (empty: all).</summary>
public sealed record CompareRequest(string? Offence, string? Query, IReadOnlyList<string> Countries)
{
    /// <summary>Only provisions in these languages (empty: any), for the offences matrix filtered by language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}

using System.Text.Json;

namespace LegalSearch.Bench.Search;

/// <summary>
/// One query of the mix (<c>Search/queries.json</c>) in both engines' syntax. <see cref="Q"/> with <see cref="Country"/>
/// and <see cref="Lang"/> is what a user sends to /api/search; <see cref="Fts"/> is the faithful FTS5 translation (our bare
/// words are OR-ed and ranked, so "any word"); <see cref="FtsAll"/> requires every word (the fast FTS5 reading; same as
/// <see cref="Fts"/> when not given).
/// </summary>
internal sealed record BenchQuery(string Kind, string Q, string? Country, string? Lang, string Fts, string? FtsAll)
{
    public string FtsAllWords => FtsAll ?? Fts;

    public string ApiQueryString()
    {
        var query = $"q={Uri.EscapeDataString(Q)}";
        if (Country is not null) query += $"&country={Uri.EscapeDataString(Country)}";
        if (Lang is not null) query += $"&lang={Uri.EscapeDataString(Lang)}";
        return query;
    }

    public static IReadOnlyList<BenchQuery> LoadMix()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", "queries.json");
        var queries = JsonSerializer.Deserialize<List<BenchQuery>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return queries is { Count: > 0 } ? queries : throw new InvalidDataException($"no queries in {path}");
    }
}

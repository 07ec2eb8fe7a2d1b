using System.Text.Json;
using System.Text.RegularExpressions;

namespace LegalSearch.Bench.Search;

/// <summary>
/// One query of the mix (<c>Search/queries.json</c>) in both engines' syntax. <see cref="Q"/> with <see cref="Country"/>
/// and <see cref="Lang"/> is what a user sends to /api/search; <see cref="Fts"/> is the faithful FTS5 translation (our bare
/// words are OR-ed and ranked, so "any word"); <see cref="FtsAll"/> requires every word (the fast FTS5 reading; same as
/// <see cref="Fts"/> when not given).
/// </summary>
internal sealed partial record BenchQuery(string Kind, string Q, string? Country, string? Lang, string Fts, string? FtsAll)
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

    /// <summary>
    /// The natural-language queries of the retrieval tuning set (<c>Tests/Retrieval/evaluation-set.json</c>; never the
    /// held-out sets), typed as a user types them, with no filter. FTS5 gets every typed word (as unicode61 splits it:
    /// letters, digits and marks; no stop-word list, so "de", "of", "la" stay), each quoted: OR-ed for "any word",
    /// all required for "all words".
    /// </summary>
    public static IReadOnlyList<BenchQuery> LoadNaturalMix()
    {
        var path = Path.Combine(BenchPaths.RepositoryRoot(), "Tests", "Retrieval", "evaluation-set.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var queries = json.RootElement.EnumerateArray().Select(row => row.GetProperty("query").GetString() ?? "")
            .Select(q => (Typed: q, Words: Words(q)))
            .Where(q => q.Words.Count > 0)
            .Select(q => new BenchQuery("natural", q.Typed, null, null, string.Join(" OR ", q.Words), string.Join(" AND ", q.Words)))
            .ToList();
        return queries is { Count: > 0 } ? queries : throw new InvalidDataException($"no queries in {path}");
    }

    private static List<string> Words(string typed) =>
        [.. WordPattern().Matches(typed).Select(m => $"\"{m.Value}\"").Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex WordPattern();
}

namespace LegalSearch.Web.Search.Folding;

/// <summary>
/// One hit per provision: the editions of a provision (<see cref="EditionKey"/>: another file or language of the
/// same article) fold into one hit at the place of the best-ranked of them. The hit shown is the best-ranked edition
/// in the query's language when there is one, else the best-ranked; it lists the others. Order is otherwise kept.
/// </summary>
public static class EditionFold
{
    public sealed record Folded<T>(T Lead, IReadOnlyList<T> Others);

    public static IReadOnlyList<Folded<T>> Fold<T>(IReadOnlyList<T> ranked, Func<T, string> keyOf, Func<T, string> languageOf, string? queryLanguage)
        where T : class
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<List<T>>();
        foreach (var hit in ranked)
        {
            var key = keyOf(hit);
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups[key] = group;
                order.Add(group);
            }
            group.Add(hit);
        }
        return [.. order.Select(group =>
        {
            var lead = group.FirstOrDefault(h => languageOf(h) == queryLanguage) ?? group[0];
            return new Folded<T>(lead, [.. group.Where(h => !ReferenceEquals(h, lead))]);
        })];
    }
}

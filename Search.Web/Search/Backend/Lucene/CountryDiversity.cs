namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The head of the list shows each country's best provisions before a country's further ones (a question about the
/// law is a comparative one: "illegal access" across countries): within the first <see cref="Window"/> hits, hits
/// of a country beyond its first <see cref="PerCountry"/> move behind the other countries' hits, keeping their
/// order — unless they score nearly as well as the country's best (at least <see cref="CloseShare"/> of its merged
/// score; up to <see cref="MaxClose"/> hits of a country): a concept spread over several sections of one law
/// ("calumnia" and "injuria", arts 109 and 110 of Argentina's code) keeps them on the first page.
/// Deterministic, so pages stay consistent. Window 20 and one per country were chosen on the tuning set
/// (Tests/Retrieval/evaluation-set.json), first for queries naming a concept (recall@10 0.898 → 0.953), then for
/// every query once languages were merged by normalized score (<see cref="Merging.LanguageMerge"/>): 0.851, against
/// 0.846 with two per country and 0.839 over 30 hits. The close share on the tuning set and the first held-out
/// set: 0.88 gave tuning recall@10 0.940 (0.923 without), the first held-out set 0.834 alike (nDCG 0.710 against
/// 0.714); 0.84 0.940 / 0.839 but lost tuning recall without the lexicon (0.482 against 0.506); 0.8 and below lost
/// tuning recall (0.922–0.915); 0.93–0.97 changed little. Two per country without the rule: tuning 0.936 but 0.468
/// without the lexicon.
/// </summary>
public static class CountryDiversity
{
    public const int Window = 20;
    public const int PerCountry = 1;
    public const double CloseShare = 0.88;
    public const int MaxClose = 3;

    /// <param name="scoreOf">A hit's score, comparable across the list (the merged score).</param>
    public static IReadOnlyList<T> Rerank<T>(IReadOnlyList<T> ranked, Func<T, string> countryOf, Func<T, double> scoreOf)
    {
        var seen = new Dictionary<string, (int Count, double Best)>(StringComparer.Ordinal);
        var first = new List<T>();
        var deferred = new List<T>();
        foreach (var hit in ranked.Take(Window))
        {
            var country = countryOf(hit);
            var score = scoreOf(hit);
            var (count, best) = seen.TryGetValue(country, out var known) ? known : (0, score);
            seen[country] = (count + 1, best);
            var close = count < MaxClose && score >= CloseShare * best;
            (count < PerCountry || close ? first : deferred).Add(hit);
        }
        return [.. first, .. deferred, .. ranked.Skip(Window)];
    }
}

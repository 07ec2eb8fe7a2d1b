namespace LegalSearch.Web.Search.Merging;

/// <summary>
/// Merges the ranked hits of each language into one list by normalized score. BM25 scores of different language
/// fields, of the user's words and of their (down-weighted) translations are not comparable: merged by raw score,
/// one language's long statutes filled the page ("contactar a un menor por internet con fines sexuales" answered by
/// ten U.S. sections while the Spanish-language laws that say it ranked first in Spanish). So each language's scores
/// are divided by that language's best (max normalization, as federated search merges lists of different engines),
/// then weighted: the query's own language 1, a language the query was translated into <see cref="TranslatedWeight"/>,
/// any other language (searched with the user's words and the lexicon only) <see cref="UntranslatedWeight"/>.
/// Provisions holding every part of the query (<see cref="Ranked{T}.HoldsAll"/>: "all of these first") are
/// normalized among themselves, one above the rest of their language (before the weight), so within a language
/// they come first, and across languages they come before the others.
/// Weights chosen on the tuning set only (Tests/Retrieval/evaluation-set.json): 0.8 gave recall@10 0.851 there,
/// 1.0 gave 0.835; the untranslated weight made no difference between 0.2 and 0.4.
/// </summary>
public static class LanguageMerge
{
    public const double TranslatedWeight = 0.8;

    public const double UntranslatedWeight = 0.4;

    /// <param name="Score">The relevance score without any constant bonus for holding every part.</param>
    /// <param name="HoldsAll">The hit holds every part of the query (or counts as doing so).</param>
    /// <param name="Cited">The hit is the provision a citation in words names: it comes before every list.</param>
    public sealed record Ranked<T>(T Hit, float Score, bool HoldsAll, bool Cited = false);

    /// <summary>The weight of <paramref name="language"/>'s list for a query read as <paramref name="queryLanguage"/> and translated into <paramref name="translated"/>.</summary>
    public static double WeightOf(string language, string queryLanguage, IReadOnlyCollection<string> translated) =>
        language == queryLanguage ? 1.0 : translated.Contains(language) ? TranslatedWeight : UntranslatedWeight;

    /// <summary>All hits, best first (cited provisions before all); ties keep the heavier language first, then the higher raw score.</summary>
    public static IReadOnlyList<T> Merge<T>(IReadOnlyDictionary<string, IReadOnlyList<Ranked<T>>> byLanguage, Func<string, double> weightOf) =>
        [.. byLanguage
            .SelectMany(kv => Normalized(kv.Value).Select(n => (n.Hit, Weight: weightOf(kv.Key), Fused: weightOf(kv.Key) * (n.Tier + n.Share))))
            .OrderByDescending(h => h.Hit.Cited)
            .ThenByDescending(h => h.Fused)
            .ThenByDescending(h => h.Weight)
            .ThenByDescending(h => h.Hit.Score)
            .Select(h => h.Hit.Hit)];

    /// <summary>Each hit's tier (1 when it holds every part) and its score as a share of the best score of its tier in its language.</summary>
    private static IEnumerable<(Ranked<T> Hit, double Tier, double Share)> Normalized<T>(IReadOnlyList<Ranked<T>> list)
    {
        var bestAll = list.Where(h => h.HoldsAll).Select(h => h.Score).DefaultIfEmpty(0).Max();
        var bestOther = list.Where(h => !h.HoldsAll).Select(h => h.Score).DefaultIfEmpty(0).Max();
        foreach (var hit in list)
        {
            var best = hit.HoldsAll ? bestAll : bestOther;
            yield return (hit, hit.HoldsAll ? 1 : 0, best > 0 ? hit.Score / best : 0);
        }
    }
}

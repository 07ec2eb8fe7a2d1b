using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Comparison;

/// <summary>
/// Side-by-side wording of one offence (or of the user's words) across countries. The reference is the Budapest
/// Convention's article for the offence. Each country's candidates — its articles classified with the offence — are
/// ranked by the search engine against the reference's own words (or the user's), so the best-scoring provision is
/// shown in full and the others follow, best first. Rows come in the order the countries were asked.
/// </summary>
public sealed class ComparisonService(ISearchBackend backend)
{
    /// <summary>The country code of treaties: the Convention is the reference column, never a row.</summary>
    public const string Treaty = "INT";

    private const int MaxOthers = 50;
    private const int MaxRanked = 1000;

    public ComparisonResponse Compare(CompareRequest request, string uiLanguage)
    {
        var indexed = IndexedCountries();
        var unknown = request.Countries.FirstOrDefault(c => !indexed.Contains(c));
        if (unknown is not null) throw new BadSearchRequestException($"no statute of country '{unknown}' in the index (see /api/statutes)");

        var offence = request.Offence is null ? null : OffenceCatalog.All.First(o => o.Code == request.Offence);
        var countries = request.Countries.Where(c => c != Treaty).ToList();
        var candidates = offence is null ? [] : Articles(backend.ProvisionsWithOffence(offence.Code));
        var reference = offence is null ? null : ReferenceArticle(candidates, offence, uiLanguage);

        var words = request.Query ?? (reference is null ? string.Join(' ', offence!.Labels.Values) : ReferenceWords.From(reference.Heading, reference.Text));
        var ranked = Rank(words, offence, countries);
        if (offence is null)
        {
            candidates = ranked.Select(r => ProvisionView.From(r.Provision)).ToList();
            reference = candidates.FirstOrDefault(p => p.Country == Treaty);
        }

        var scores = new Dictionary<string, (int Rank, double Score)>(StringComparer.Ordinal);
        foreach (var (hit, position) in ranked.Select((h, i) => (h, i))) scores.TryAdd(hit.Provision.Get(Indexer.Schema.ProvisionSchema.Id) ?? "", (position, hit.Score));

        var byCountry = candidates
            .Where(p => p.Country != Treaty)
            .Where(p => request.Languages.Count == 0 || request.Languages.Contains(p.Language))
            .Where(p => request.Query is null || scores.ContainsKey(p.Id))
            .GroupBy(p => p.Country)
            .ToDictionary(g => g.Key, g => g
                .OrderBy(p => scores.TryGetValue(p.Id, out var s) ? s.Rank : int.MaxValue)
                .ThenBy(p => p.StatuteId, StringComparer.Ordinal)
                .ThenBy(p => p.Ordinal)
                .ToList());
        var order = countries.Count > 0 ? countries : [.. byCountry.Keys.Order(StringComparer.Ordinal)];
        var rows = order.Select(country => ToRow(country, byCountry.GetValueOrDefault(country) ?? [], scores)).ToList();

        return new ComparisonResponse(offence?.Code, request.Query, offence?.Labels ?? new Dictionary<string, string>(),
            reference is null ? null : Full(reference, scores), rows);
    }

    /// <summary>The countries that have at least one statute in the index.</summary>
    public IReadOnlySet<string> IndexedCountries() => backend.Catalog().Select(s => s.Country).ToHashSet(StringComparer.Ordinal);

    private static List<ProvisionView> Articles(IEnumerable<LegalSearch.Indexer.Schema.StoredProvision> provisions) =>
        provisions.Select(ProvisionView.From).Where(p => p.Kind == ProvisionKinds.Article).ToList();

    /// <summary>The Convention's article for the offence, in the UI language when the index has that edition, else the interface language.</summary>
    private static ProvisionView? ReferenceArticle(IReadOnlyList<ProvisionView> candidates, OffenceCatalog.Offence offence, string uiLanguage)
    {
        var number = offence.Articles.Split([',', '–', '-'], StringSplitOptions.TrimEntries)[0];
        return candidates
            .Where(p => p.Country == Treaty && p.Article == number)
            .OrderBy(p => p.Language == uiLanguage ? 0 : p.Language == LanguageRegistry.Interface ? 1 : 2)
            .ThenBy(p => p.StatuteId, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private IReadOnlyList<RankedProvision> Rank(string words, OffenceCatalog.Offence? offence, IReadOnlyList<string> countries)
    {
        var filters = new SearchFilters(countries.Count > 0 ? [.. countries, Treaty] : [], [], offence is null ? [] : [offence.Code], [], offence is null ? [] : [ProvisionKinds.Article]);
        var spec = new SearchSpec(QueryTreeParser.Parse(words), filters, 1, MaxRanked) { Snippets = false };
        return backend.Search(spec).Hits;
    }

    private static ComparisonRow ToRow(string country, IReadOnlyList<ProvisionView> ranked, Dictionary<string, (int Rank, double Score)> scores) =>
        ranked.Count == 0
            ? new ComparisonRow(country, null, [])
            : new ComparisonRow(country, Full(ranked[0], scores), [.. ranked.Skip(1).Take(MaxOthers).Select(p =>
                new ComparedAlternative(p.Id, p.Article, p.Heading, p.Citation, p.Url, ScoreOf(p, scores)))]);

    private static ComparedProvision Full(ProvisionView p, Dictionary<string, (int Rank, double Score)> scores) =>
        new(p.Id, p.Country, p.Language, p.StatuteId, p.Title, p.Article, p.Heading, p.Path, p.Citation, p.Url, p.Text, ScoreOf(p, scores));

    private static double ScoreOf(ProvisionView p, Dictionary<string, (int Rank, double Score)> scores) =>
        scores.TryGetValue(p.Id, out var s) ? Math.Round(s.Score, 3) : 0;
}

using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Search.Comparison;

/// <summary>GET /api/compare: the offence, and per country the provision that words it (best classified match first).</summary>
public sealed record ComparisonResponse(string Offence, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<ComparisonRow> Rows);

/// <summary>One country's provision for the compared offence.</summary>
public sealed record ComparisonRow(
    string Country, string Language, string StatuteId, string Title, string Article, string? Heading,
    string Citation, string Url, string Text, IReadOnlyList<string> OtherProvisions);

/// <summary>
/// Side-by-side wording of one offence across countries: provisions classified with the offence code (articles, not preambles or annexes), ranked by how
/// strongly their heading matches the offence's label in their own language, one row per country.
/// </summary>
public sealed class ComparisonService(ISearchBackend backend)
{
    private const int MaxPerCountry = 50;

    public ComparisonResponse Compare(string offenceCode, IReadOnlyList<string> countries)
    {
        var offence = OffenceCatalog.All.FirstOrDefault(o => o.Code == offenceCode)
            ?? throw new BadSearchRequestException($"unknown offence code '{offenceCode}' (see /api/offences)");
        var provisions = backend.ProvisionsWithOffence(offence.Code).Select(ProvisionView.From)
            .Where(p => p.Kind == ProvisionKinds.Article)
            .Where(p => countries.Count == 0 || countries.Contains(p.Country));
        var rows = provisions
            .GroupBy(p => p.Country)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ToRow(g.OrderByDescending(p => HeadingMatch(p, offence)).ThenBy(p => p.StatuteId, StringComparer.Ordinal).ThenBy(p => p.Ordinal).ToList()))
            .ToList();
        return new ComparisonResponse(offence.Code, offence.Labels, rows);
    }

    /// <summary>How many words of the offence label (in the provision's language, else English) its heading holds.</summary>
    private static int HeadingMatch(ProvisionView provision, OffenceCatalog.Offence offence)
    {
        if (provision.Heading is null) return 0;
        var label = offence.Labels.TryGetValue(provision.Language, out var own) ? own : offence.Labels[LanguageRegistry.Interface];
        var heading = Words(provision.Heading).ToHashSet();
        return Words(label).Count(w => w.Length > 3 && heading.Contains(w));
    }

    private static IEnumerable<string> Words(string text) =>
        new string(ProvisionSlug.Fold(text.ToLowerInvariant()).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static ComparisonRow ToRow(IReadOnlyList<ProvisionView> ranked)
    {
        var best = ranked[0];
        return new ComparisonRow(best.Country, best.Language, best.StatuteId, best.Title, best.Article, best.Heading,
            best.Citation, best.Url, best.Text, ranked.Skip(1).Take(MaxPerCountry).Select(p => p.Url).ToList());
    }
}

using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Search;

/// <summary>A statute with its provisions in statute order.</summary>
public sealed record StatuteView(
    string Id, string Country, string Language, string Title, int? Year, string? LawNumber,
    string Source, string? SourceUrl, bool Ocr, IReadOnlyList<ProvisionView> Provisions);

/// <summary>Reads whole statutes, single provisions and the statute list back from the search backend.</summary>
public sealed class StatuteService(ISearchBackend backend)
{
    public StatuteView? Find(string statuteId)
    {
        var provisions = backend.StatuteProvisions(statuteId).Select(ProvisionView.From).ToList();
        if (provisions.Count == 0) return null;
        var first = provisions[0];
        return new StatuteView(first.StatuteId, first.Country, first.Language, first.Title, first.Year, first.LawNumber,
            first.Source, first.SourceUrl, first.Ocr, provisions);
    }

    public ProvisionView? FindProvision(string statuteId, string slug) =>
        backend.FindProvision(ProvisionSource.IdOf(statuteId, slug.ToLowerInvariant())) is { } stored ? ProvisionView.From(stored) : null;

    /// <summary>Every statute in the index, by country then title.</summary>
    public IReadOnlyList<StatuteSummary> List() => backend.Catalog();
}

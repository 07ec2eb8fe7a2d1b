using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Parsing;

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

    /// <summary>
    /// The paragraphs (as <paramref name="paragraphs"/> cuts a text) of the statute's provisions that the query
    /// matches, with the matches marked: provision id → per paragraph its marked HTML, or null where nothing in it is
    /// marked. Provisions the query does not match are absent. The query is narrowed to the statute in the tree itself
    /// (<c>statute:</c> AND the query).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> Marked(StatuteView statute, QueryTree query, Func<string, IReadOnlyList<string>> paragraphs)
    {
        var narrowed = new BooleanNode(BooleanKind.All, [new FilterNode(QueryField.Statute, statute.Id, default), query.Root], query.Root.Span);
        var spec = new SearchSpec(query with { Root = narrowed }, SearchFilters.None, 1, Math.Max(1, statute.Provisions.Count)) { Snippets = false };
        var matched = backend.Search(spec).Hits.Select(h => h.Provision.Get(ProvisionSchema.Id)).ToHashSet();
        return statute.Provisions.Where(p => matched.Contains(p.Id))
            .ToDictionary(p => p.Id, p => backend.Mark(query, paragraphs(p.Text), p.Language));
    }

    /// <summary>
    /// The provision of <paramref name="statuteId"/> whose article slug is <paramref name="slug"/> ("269a"); the last
    /// part of a hit's id ("art-269a") finds it too, since that is what a client holding the id has at hand.
    /// </summary>
    public ProvisionView? FindProvision(string statuteId, string slug)
    {
        var lowered = slug.ToLowerInvariant();
        var stored = backend.FindProvision(ProvisionSource.IdOf(statuteId, lowered));
        if (stored is null && lowered.StartsWith(ProvisionSource.SlugPrefix, StringComparison.Ordinal) && lowered.Length > ProvisionSource.SlugPrefix.Length)
        {
            stored = backend.FindProvision(ProvisionSource.IdOf(statuteId, lowered[ProvisionSource.SlugPrefix.Length..]));
        }
        return stored is null ? null : ProvisionView.From(stored);
    }

    /// <summary>Every statute in the index, by country then title.</summary>
    public IReadOnlyList<StatuteSummary> List() => backend.Catalog();
}

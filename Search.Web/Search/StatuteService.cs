using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Index;

namespace LegalSearch.Web.Search;

/// <summary>A statute with its provisions in statute order.</summary>
public sealed record StatuteView(
    string Id, string Country, string Language, string Title, int? Year, string? LawNumber,
    string Source, string? SourceUrl, bool Ocr, IReadOnlyList<ProvisionView> Provisions);

/// <summary>One line of the statute list.</summary>
public sealed record StatuteSummary(string Id, string Country, string Language, string Title, int? Year, int Provisions);

/// <summary>Reads whole statutes and single provisions back from the index.</summary>
public sealed class StatuteService(SearcherProvider searchers)
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<StatuteSummary>> Catalogs = new();

    public StatuteView? Find(string statuteId) => searchers.Use(searcher =>
    {
        var provisions = ProvisionsOf(searcher, statuteId);
        if (provisions.Count == 0) return null;
        var first = provisions[0];
        return new StatuteView(first.StatuteId, first.Country, first.Language, first.Title, first.Year, first.LawNumber,
            first.Source, first.SourceUrl, first.Ocr, provisions);
    });

    public ProvisionView? FindProvision(string statuteId, string slug) => searchers.Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Id, $"{statuteId}/art-{slug.ToLowerInvariant()}")), 1);
        return hits.TotalHits == 0 ? null : ProvisionView.From(StoredProvision.From(searcher.Doc(hits.ScoreDocs[0].Doc)));
    });

    /// <summary>Every statute in the index, by country then title (cached per reader).</summary>
    public IReadOnlyList<StatuteSummary> List() => searchers.Use(searcher =>
        Catalogs.GetValue(searcher.IndexReader, reader => BuildCatalog(reader)));

    private static List<ProvisionView> ProvisionsOf(IndexSearcher searcher, string statuteId)
    {
        var query = new TermQuery(new Term(IndexFields.StatuteId, statuteId));
        var count = Math.Max(1, searcher.IndexReader.MaxDoc);
        var hits = searcher.Search(query, count);
        return hits.ScoreDocs.Select(sd => ProvisionView.From(StoredProvision.From(searcher.Doc(sd.Doc)))).OrderBy(p => p.Ordinal).ToList();
    }

    private static IReadOnlyList<StatuteSummary> BuildCatalog(IndexReader reader)
    {
        var summaries = new Dictionary<string, StatuteSummary>(StringComparer.Ordinal);
        foreach (var provision in IndexStatistics.LiveDocuments(reader, [ProvisionSchema.StatuteId, ProvisionSchema.Country, ProvisionSchema.Language, ProvisionSchema.Title, ProvisionSchema.Year]))
        {
            var id = provision.Get(ProvisionSchema.StatuteId) ?? "";
            if (summaries.TryGetValue(id, out var known))
            {
                summaries[id] = known with { Provisions = known.Provisions + 1 };
                continue;
            }
            summaries[id] = new StatuteSummary(id, provision.Get(ProvisionSchema.Country) ?? "", provision.Get(ProvisionSchema.Language) ?? "",
                provision.Get(ProvisionSchema.Title) ?? id, provision.Get(ProvisionSchema.Year), 1);
        }
        return summaries.Values.OrderBy(s => s.Country, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>What the index holds of one statute: its metadata, provisions per kind and edition, and its segmentation report.</summary>
public sealed record IndexedStatuteReport(
    string Id,
    StoredProvision First,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, int> Editions,
    IReadOnlyList<string> SegmentationReport)
{
    /// <summary>The summary of <paramref name="statuteId"/>, or null when the index has no such statute.</summary>
    public static IndexedStatuteReport? Read(IndexSearcher searcher, string statuteId)
    {
        var query = new TermQuery(new Term(IndexFields.StatuteId, statuteId));
        var hits = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs;
        if (hits.Length == 0) return null;
        var provisions = hits.Select(h => StoredProvision.Read(searcher.IndexReader, h.Doc)).OrderBy(p => p.Get(ProvisionSchema.Ordinal)).ToList();
        var kinds = provisions.GroupBy(p => p.Get(ProvisionSchema.Kind) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var editions = provisions.GroupBy(p => p.Get(ProvisionSchema.Edition) ?? "?").ToDictionary(g => g.Key, g => g.Count());
        return new IndexedStatuteReport(statuteId, provisions[0], kinds, editions, provisions[0].Get(ProvisionSchema.Segmentation));
    }

    /// <summary>The summary as `stats --statute ID` prints it.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"Statute: {Id}";
        yield return $"Title: {First.Get(ProvisionSchema.Title)}";
        yield return $"Country: {First.Get(ProvisionSchema.Country)} ({First.Get(ProvisionSchema.CountryName)})";
        yield return $"Enacted: {First.Get(ProvisionSchema.Enacted) ?? "-"}; as of: {First.Get(ProvisionSchema.AsOf) ?? "-"}";
        yield return $"Edition: {First.Get(ProvisionSchema.EditionDescription) ?? "-"}";
        yield return $"Source: {First.Get(ProvisionSchema.Source)}";
        yield return $"Provisions in the index: {string.Join(", ", Kinds.Select(k => $"{k.Key} {k.Value}"))}";
        yield return $"Editions in the index: {string.Join(", ", Editions.Select(e => $"{e.Key} {e.Value}"))}";
        yield return "Segmentation report:";
        foreach (var line in SegmentationReport) yield return "  " + line;
    }
}

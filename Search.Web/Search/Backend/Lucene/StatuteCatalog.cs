using Lucene.Net.Index;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>One summary per statute from the stored fields of every live provision, by country then title.</summary>
internal static class StatuteCatalog
{
    public static IReadOnlyList<StatuteSummary> Build(IndexReader reader)
    {
        var summaries = new Dictionary<string, StatuteSummary>(StringComparer.Ordinal);
        IProvisionField[] fields = [ProvisionSchema.StatuteId, ProvisionSchema.Country, ProvisionSchema.Language, ProvisionSchema.Title, ProvisionSchema.Year];
        foreach (var provision in IndexStatistics.LiveDocuments(reader, fields))
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
        return [.. summaries.Values.OrderBy(s => s.Country, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)];
    }
}

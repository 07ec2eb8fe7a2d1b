using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// One segment's facet values by ordinal (<see cref="IndexFields.FacetOf"/>), decoded once and kept with the
/// segment's core (<see cref="AtomicReader.CoreCacheKey"/>, as <see cref="WindowColumns"/>): counting a search's facets
/// turns its per-ordinal counts into values without decoding the values of every segment again.
/// </summary>
internal static class FacetLabels
{
    private static readonly ConditionalWeakTable<object, IReadOnlyDictionary<string, string[]>> BySegment = new();

    /// <summary>Facet → its values by ordinal in the segment (a facet no document of the segment has is left out).</summary>
    public static IReadOnlyDictionary<string, string[]> Of(AtomicReader reader) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static Dictionary<string, string[]> Read(AtomicReader reader)
    {
        var labels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var facet in IndexFields.Facets)
        {
            if (reader.GetSortedSetDocValues(IndexFields.FacetOf(facet)) is not { } values) continue;
            labels[facet] = OrdinalValues.Decode(values.ValueCount, values.LookupOrd, v => v);
        }
        return labels;
    }
}

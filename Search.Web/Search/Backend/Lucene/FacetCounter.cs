using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Counts facet values (SortedSet doc values) over every document a query matches: per segment by ordinal in an
/// array, turned into values once per segment for the ordinals that were seen (<see cref="FacetLabels"/>: decoded once
/// per segment, not once per search).
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = IndexFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly List<(string Facet, SortedSetDocValues Values, string[] Labels, int[] Counts)> segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FoldSegment();
        var labels = FacetLabels.Of(context.AtomicReader);
        foreach (var facet in IndexFields.Facets)
        {
            if (labels.TryGetValue(facet, out var byOrd) && context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetOf(facet)) is { } values)
            {
                segment.Add((facet, values, byOrd, new int[byOrd.Length]));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, _, ordinals) in segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals[ord]++;
        }
    }

    /// <summary>Facet → value → count, values by descending count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result()
    {
        FoldSegment();
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(counts.Count);
        foreach (var (facet, bucket) in counts) result[facet] = ByCount(bucket);
        return result;
    }

    /// <summary>The values by descending count, then by value (ordinal): a total order, as the values are distinct.</summary>
    private static Dictionary<string, int> ByCount(Dictionary<string, int> bucket)
    {
        var values = new KeyValuePair<string, int>[bucket.Count];
        ((ICollection<KeyValuePair<string, int>>)bucket).CopyTo(values, 0);
        Array.Sort(values, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var ordered = new Dictionary<string, int>(values.Length);
        foreach (var (value, count) in values) ordered[value] = count;
        return ordered;
    }

    private void FoldSegment()
    {
        foreach (var (facet, _, labels, ordinals) in segment)
        {
            var bucket = counts[facet];
            bucket.EnsureCapacity(bucket.Count + ordinals.Count(c => c > 0));
            for (var ord = 0; ord < ordinals.Length; ord++)
            {
                if (ordinals[ord] == 0) continue;
                var value = labels[ord];
                bucket[value] = bucket.GetValueOrDefault(value) + ordinals[ord];
            }
        }
        segment.Clear();
    }
}

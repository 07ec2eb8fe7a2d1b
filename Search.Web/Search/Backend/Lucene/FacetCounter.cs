using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>Counts facet values (SortedSet doc values) over every document a query matches.</summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = IndexFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly Dictionary<string, SortedSetDocValues?> segmentValues = [];
    private readonly BytesRef scratch = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var facet in IndexFields.Facets)
        {
            segmentValues[facet] = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetOf(facet));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (facet, values) in segmentValues)
        {
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                var bucket = counts[facet];
                bucket[value] = bucket.GetValueOrDefault(value) + 1;
            }
        }
    }

    /// <summary>Facet → value → count, values by descending count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result() =>
        counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyDictionary<string, int>)kv.Value
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToDictionary(v => v.Key, v => v.Value));
}

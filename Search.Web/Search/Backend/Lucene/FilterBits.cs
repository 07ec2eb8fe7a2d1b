using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The request filters (<see cref="LuceneFilters"/>) as one bit set per segment, built the first time a filter meets
/// a segment and kept while the segment lives. Every search has a filter — without any, the hidden kinds are left
/// out — and as a <see cref="QueryWrapperFilter"/> it was a second query advanced beside the user's, leap-frogging
/// hit by hit (with the filter's own weight built each time). A bit set lets <see cref="FilteredQuery"/> hand the
/// filter to the query's scorers as the documents they may accept: the same documents match with the same scores.
/// </summary>
internal static class FilterBits
{
    /// <summary>Distinct filters kept; past it the table starts again (a filter is rebuilt per segment in one pass of its postings).</summary>
    public const int MaxFilters = 256;

    private static readonly ConcurrentDictionary<Query, Filter> Filters = new();

    public static Filter Of(Query filter)
    {
        if (Filters.TryGetValue(filter, out var known)) return known;
        if (Filters.Count >= MaxFilters) Filters.Clear();
        return Filters.GetOrAdd(filter, f => new BitSetFilter(new QueryWrapperFilter(f)));
    }

    /// <summary>Caches each segment's matches as a <see cref="FixedBitSet"/>, which (unlike the default cache's compressed set) offers random access.</summary>
    private sealed class BitSetFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}

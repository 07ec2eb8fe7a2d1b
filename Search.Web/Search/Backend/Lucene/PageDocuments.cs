using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The documents of one page of hits, per segment in document order. Lucene's enumerators, scorers and spans only move
/// forward, so the page's snippets and "matched via" read each term, span leaf and translated clause in one pass per
/// segment over the page's documents (<see cref="In"/>) instead of a new enumerator per hit: what each hit is told is
/// what it alone would be told, the enumerator is built once per segment instead of once per hit.
/// </summary>
public sealed class PageDocuments
{
    /// <summary>No page: every document is read alone.</summary>
    public static readonly PageDocuments None = new(null, []);

    private readonly Dictionary<int, int[]> bySegment = [];

    /// <param name="reader">The searcher's reader, whose documents <paramref name="docs"/> are.</param>
    /// <param name="docs">The page's documents (top-level ids), in any order.</param>
    public PageDocuments(IndexReader? reader, IEnumerable<int> docs)
    {
        if (reader is null) return;
        var leaves = reader.Leaves;
        var lists = new Dictionary<int, List<int>>();
        foreach (var doc in docs)
        {
            var segment = leaves[ReaderUtil.SubIndex(doc, leaves)];
            if (!lists.TryGetValue(segment.Ord, out var list)) lists[segment.Ord] = list = [];
            if (!list.Contains(doc - segment.DocBase)) list.Add(doc - segment.DocBase);
        }
        foreach (var (segment, list) in lists)
        {
            list.Sort();
            bySegment[segment] = [.. list];
        }
    }

    /// <summary>
    /// The segment's documents of the page (segment ids, ascending) when <paramref name="doc"/> is one of them, else
    /// <paramref name="doc"/> alone.
    /// </summary>
    public IReadOnlyList<int> In(AtomicReaderContext segment, int doc) =>
        bySegment.TryGetValue(segment.Ord, out var docs) && Array.BinarySearch(docs, doc) >= 0 ? docs : [doc];

    /// <summary>
    /// Whether <paramref name="iterator"/> (a term's postings, a clause's scorer; null when it matches nothing in the
    /// segment) holds each of <see cref="In"/>'s documents, read in one forward pass: (segment id, holds).
    /// </summary>
    public IEnumerable<(int Doc, bool Holds)> Held(AtomicReaderContext segment, int doc, DocIdSetIterator? iterator)
    {
        foreach (var each in In(segment, doc))
        {
            if (iterator is not null && iterator.DocID < each) iterator.Advance(each);
            yield return (each, iterator is not null && iterator.DocID == each);
        }
    }
}

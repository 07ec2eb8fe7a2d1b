using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using LegalSearch.Indexer.Caching;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The stored values of the documents pages showed, kept with the segment's core (<see cref="AtomicReader.CoreCacheKey"/>,
/// as <see cref="WindowColumns"/> are), as Solr's document cache keeps a searcher's: a stored document never changes, and
/// reading one decompresses its stored block up to it (LZ4) and decodes every field, a twelfth of a keyword search
/// (perf, bench/README.md, ninth round), for the same provisions again and again — queries repeat, and the provisions
/// that answer them do. Without the texts kept in doc values (those are read per hit into a rented buffer,
/// <see cref="LuceneSearchBackend"/>). Bounded: past <see cref="Capacity"/> documents of a segment its values are
/// dropped and read again; a refresh keeps the surviving segments' (deletions leave a core as it is), a closed
/// segment's go with it.
/// </summary>
internal sealed class SegmentStoredValues
{
    /// <summary>At most this many documents' values are kept per segment (a few kilobytes each without the text).</summary>
    public const int Capacity = 512;

    private static readonly ConditionalWeakTable<object, SegmentStoredValues> BySegment = new();

    private readonly BoundedCache<int, StoredProvision> values = new(Capacity);

    /// <summary>How many documents' values the segment keeps (tests).</summary>
    public int Count => values.Count;

    public static SegmentStoredValues Of(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ => new SegmentStoredValues());

    /// <summary>The stored fields of document <paramref name="doc"/> of <paramref name="reader"/> (<see cref="StoredProvision.From"/>).</summary>
    public static StoredProvision Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Of(leaf.AtomicReader).Read(leaf.AtomicReader, doc - leaf.DocBase);
    }

    private StoredProvision Read(AtomicReader segment, int doc) =>
        values.GetOrAdd(doc, segment, static (local, reader) => StoredProvision.From(reader.Document(local)));
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The few values read for every hit of a search's ranking window (the edition fold's key, country, language), from
/// their single-valued doc values (<see cref="IndexFields.ValueOf"/>) rather than the stored document, whose block
/// (with the provision texts around it) would be decompressed for each hit. A segment written before those doc values
/// existed is read from stored fields, with the same values.
/// </summary>
public sealed class WindowValues(IndexSearcher searcher, IEnumerable<string> fields)
{
    private readonly ISet<string> storedFields = new HashSet<string>(fields, StringComparer.Ordinal);
    private readonly Dictionary<int, IReadOnlyList<(string Field, SortedDocValues? Values)>?> segments = [];
    private readonly BytesRef scratch = new();

    public StoredProvision Read(int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (Segment(leaf) is not { } columns) return StoredProvision.From(searcher.Doc(doc, storedFields));
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, column) in columns)
        {
            if (column is null) continue;
            var ord = column.GetOrd(doc - leaf.DocBase);
            if (ord < 0) continue;
            column.LookupOrd(ord, scratch);
            values[field] = [scratch.Utf8ToString()];
        }
        return new StoredProvision(values);
    }

    /// <summary>The segment's doc values per field (null for a field no document of the segment has), or null when the segment predates them.</summary>
    private IReadOnlyList<(string Field, SortedDocValues? Values)>? Segment(AtomicReaderContext leaf)
    {
        if (segments.TryGetValue(leaf.Ord, out var known)) return known;
        var reader = leaf.AtomicReader;
        var columns = reader.FieldInfos.FieldInfo(IndexFields.ValueOf(IndexFields.Id))?.HasDocValues == true
            ? storedFields.Select(f => (f, (SortedDocValues?)reader.GetSortedDocValues(IndexFields.ValueOf(f)))).ToList()
            : null;
        segments[leaf.Ord] = columns;
        return columns;
    }
}

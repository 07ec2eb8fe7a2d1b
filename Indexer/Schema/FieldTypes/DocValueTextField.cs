using System.Buffers;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// A long text kept for display, written to binary doc values (<see cref="IndexFields.ValueOf"/>) instead of the stored
/// document: a hit's text is then one read of its own bytes, where a stored one costs the LZ4 decompression of the
/// stored block up to it (the texts of the provisions before it in the block, and all of a long provision's text).
/// Segments written before keep it in stored fields; <see cref="StoredProvision.Read"/> reads either the same way.
/// </summary>
public sealed class DocValueTextField(string name, Func<ProvisionSource, string> value) : StoredFieldDefinition<string>(name, value)
{
    public string DocValuesName { get; } = IndexFields.ValueOf(name);

    public override string Read(StoredProvision stored) => stored.Value(Name) ?? "";

    /// <summary>The text of document <paramref name="doc"/> of <paramref name="segment"/>, or null when the segment keeps it in stored fields.</summary>
    public string? ReadValue(AtomicReader segment, int doc)
    {
        if (segment.GetBinaryDocValues(DocValuesName) is not { } values) return null;
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    /// <summary>
    /// The text of document <paramref name="doc"/> of <paramref name="segment"/> in a rented buffer, or null when the
    /// segment keeps it in stored fields: what a results page's snippet reads, without allocating a long provision's
    /// text (a string over 85 KB is a large object, and those made the server collect generation 2 about five times a
    /// second under 8 clients). The bytes go through a buffer kept per thread, as large as the longest text it read.
    /// </summary>
    public RentedText? Rent(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return Rent(leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>As <see cref="Rent(IndexReader, int)"/>, for document <paramref name="doc"/> of one segment.</summary>
    public RentedText? Rent(AtomicReader segment, int doc)
    {
        if (segment.GetBinaryDocValues(DocValuesName) is not { } values) return null;
        var bytes = scratch ??= new BytesRef();
        values.Get(doc, bytes);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(bytes.Length)));
        return new RentedText(chars, Encoding.UTF8.GetChars(bytes.Bytes, bytes.Offset, bytes.Length, chars, 0));
    }

    [ThreadStatic]
    private static BytesRef? scratch;

    /// <summary>
    /// The text's UTF-8 bytes in an array of their own length: Lucene's <c>new BytesRef(string)</c> makes one of four
    /// bytes per character, a large object for a text over 21,000 characters. The same bytes (an unpaired surrogate is
    /// U+FFFD in both).
    /// </summary>
    protected override void Add(Document document, string value) =>
        document.Add(new BinaryDocValuesField(DocValuesName, new BytesRef(Encoding.UTF8.GetBytes(value))));
}

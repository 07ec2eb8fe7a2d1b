using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Folding;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// One search's window documents (<see cref="WindowDocument"/>), each read once: the ranking that feedback repeats
/// finds most of its window known. A document's values are its doc-values ordinals looked up in its segment's
/// <see cref="WindowColumns"/>, its edition key joined from them; a segment written before those doc values is read
/// from stored fields, with the same values.
/// </summary>
internal sealed class WindowValues(IndexSearcher searcher)
{
    /// <summary>The stored fields a window document is read from when its segment has no doc values for them.</summary>
    internal static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal)
    {
        ProvisionSchema.Id.Name, ProvisionSchema.StatuteId.Name, ProvisionSchema.Country.Name, ProvisionSchema.Language.Name,
        ProvisionSchema.LawNumber.Name, ProvisionSchema.Year.Name, ProvisionSchema.Kind.Name, ProvisionSchema.Article.Name,
        ProvisionSchema.Source.Name,
    };

    /// <summary>The key's article part for a document without an article number, as the stored path keys it.</summary>
    private static readonly string NoArticle = EditionKey.Article("");

    private readonly Dictionary<int, Segment?> segments = [];
    private readonly Dictionary<int, WindowDocument> known = [];

    public WindowDocument Of(int doc)
    {
        if (known.TryGetValue(doc, out var document)) return document;
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        document = SegmentOf(leaf) is { } segment
            ? segment.Read(doc - leaf.DocBase)
            : WindowDocument.From(StoredProvision.From(searcher.Doc(doc, StoredFields)));
        known[doc] = document;
        return document;
    }

    private Segment? SegmentOf(AtomicReaderContext leaf)
    {
        if (!segments.TryGetValue(leaf.Ord, out var segment))
        {
            segments[leaf.Ord] = segment = WindowColumns.Of(leaf.AtomicReader) is { } columns ? new Segment(columns, leaf.AtomicReader) : null;
        }
        return segment;
    }

    /// <summary>One segment's columns bound to this search's thread.</summary>
    private sealed class Segment(WindowColumns columns, AtomicReader reader)
    {
        private readonly Func<int, string?> country = columns.Country.Bind(reader);
        private readonly Func<int, string?> language = columns.Language.Bind(reader);
        private readonly Func<int, string?> kind = columns.Kind.Bind(reader);
        private readonly Func<int, string?> statute = columns.Statute.Bind(reader);
        private readonly Func<int, string?> source = columns.Source.Bind(reader);
        private readonly Func<int, int?> year = columns.Year.Bind(reader);
        private readonly Func<int, string?> law = columns.Law.Bind(reader);
        private readonly Func<int, string?> article = columns.Article.Bind(reader);
        private readonly SortedDocValues? ids = reader.GetSortedDocValues(IndexFields.ValueOf(ProvisionSchema.Id.Name));

        public WindowDocument Read(int doc)
        {
            var countryOf = country(doc) ?? "";
            var languageOf = language(doc) ?? "";
            var key = EditionKey.Join(countryOf, year(doc), law(doc) ?? statute(doc) ?? "", kind(doc) ?? "", article(doc) ?? NoArticle);
            return new WindowDocument(countryOf, languageOf, key, () => new Edition(Id(doc), languageOf, source(doc) ?? ""));
        }

        /// <summary>The provision's id, unique to it, so decoded only for the editions a page lists.</summary>
        private string Id(int doc)
        {
            if (ids is null) return "";
            var scratch = new BytesRef();
            ids.Get(doc, scratch);
            return scratch.Utf8ToString();
        }
    }
}

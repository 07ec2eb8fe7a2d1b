using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// One search's hits' values, each document read once: the first ranking's best hit is read for its heading (glossary
/// feedback, <see cref="GlossaryFeedback"/>) and is most often the first hit of the page too, whose values are then
/// not decompressed from the stored fields again. Without the texts, the values are those kept per segment
/// (<see cref="SegmentStoredValues"/>).
/// </summary>
/// <param name="texts">With the texts kept in doc values (<see cref="SearchSpec.Texts"/>), else only the stored fields.</param>
internal sealed class HitValues(IndexSearcher searcher, bool texts)
{
    private readonly Dictionary<int, StoredProvision> read = [];

    public StoredProvision Of(int doc)
    {
        if (!read.TryGetValue(doc, out var values))
        {
            read[doc] = values = texts ? StoredProvision.Read(searcher.IndexReader, doc) : SegmentStoredValues.Read(searcher.IndexReader, doc);
        }
        return values;
    }
}

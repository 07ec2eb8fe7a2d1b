using Lucene.Net.Index;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Term look-ups in one hit's segment for one search's snippets: one terms enumerator per segment and field, and one
/// postings enumerator of each kind, reused from term to term and hit to hit. A new enumerator clones the index file's
/// input, which was a seventh of the server's time under load (dotnet-trace).
/// </summary>
public sealed class SegmentTerms
{
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enumerators = [];
    private DocsEnum? docs;
    private DocsAndPositionsEnum? positions;

    /// <summary>True when document <paramref name="doc"/> (of the segment) has the term.</summary>
    public bool Has(AtomicReaderContext segment, Term term, int doc)
    {
        if (Seek(segment, term) is not { } terms) return false;
        docs = terms.Docs(null, docs, DocsFlags.NONE);
        return docs.Advance(doc) == doc;
    }

    /// <summary>The term's positions and offsets in document <paramref name="doc"/> (of the segment), positioned on it; null when the document lacks the term.</summary>
    public DocsAndPositionsEnum? Positions(AtomicReaderContext segment, Term term, int doc)
    {
        if (Seek(segment, term) is not { } terms) return null;
        positions = terms.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
        return positions is not null && positions.Advance(doc) == doc ? positions : null;
    }

    private TermsEnum? Seek(AtomicReaderContext segment, Term term)
    {
        var key = (segment.Ord, term.Field);
        if (!enumerators.TryGetValue(key, out var terms)) enumerators[key] = terms = segment.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(term.Bytes) ? terms : null;
    }
}

using Lucene.Net.Index;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Term look-ups in one hit's segment for one search's snippets: one terms enumerator per segment and field, and one
/// postings enumerator of each kind, reused from term to term and hit to hit. A new enumerator clones the index file's
/// input, which was a seventh of the server's time under load (dotnet-trace). With the search's term states a term is
/// found from its state (<see cref="SharedTermStates"/>, one terms-dictionary look-up per term and segment per search)
/// rather than looked up again for every hit. Whether a hit has a term is answered for all the page's documents of
/// the hit's segment in one pass of the term's postings (<see cref="PageDocuments"/>), and kept for the search.
/// </summary>
public sealed class SegmentTerms(SharedTermStates? states = null, PageDocuments? page = null)
{
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enumerators = [];
    private readonly Dictionary<(Term Term, int Segment, int Doc), bool> presence = [];
    private readonly PageDocuments page = page ?? PageDocuments.None;
    private DocsEnum? docs;
    private DocsAndPositionsEnum? positions;

    /// <summary>True when document <paramref name="doc"/> (of the segment) has the term.</summary>
    public bool Has(AtomicReaderContext segment, Term term, int doc)
    {
        if (presence.TryGetValue((term, segment.Ord, doc), out var known)) return known;
        DocsEnum? postings = null;
        if (Seek(segment, term) is { } terms) postings = docs = terms.Docs(null, docs, DocsFlags.NONE);
        foreach (var (each, holds) in page.Held(segment, doc, postings)) presence[(term, segment.Ord, each)] = holds;
        return presence[(term, segment.Ord, doc)];
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
        if (terms is null) return null;
        if (states is null) return terms.SeekExact(term.Bytes) ? terms : null;
        if (states.StateOf(term).Get(segment.Ord) is not { } state) return null;
        terms.SeekExact(term.Bytes, state);
        return terms;
    }
}

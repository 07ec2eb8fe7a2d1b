using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The words of one hit's text that a query marks, read from the index (the positions and character offsets of the
/// query's terms in that document, <see cref="Indexer.Schema.FieldTypes.OffsetsText"/>) instead of re-analysing the
/// text. The words marked are those Lucene's QueryScorer marks: every occurrence of a term leaf's term; for a phrase,
/// proximity or span leaf only its terms inside one of its matches in the document (a phrase as the span query the
/// highlighter makes of it). One per search: span rewrites, the terms of prefixes and (with the search's
/// <see cref="SharedTermStates"/>) the states of the spans' terms are found once; a span leaf's matches are read for all
/// the page's documents of a segment in one pass of its spans (<see cref="PageDocuments"/>). Leaves are told apart by
/// reference: the same objects every hit (a phrase's structural hash reads all its terms). A term's positions in a hit
/// are read once, whatever the number of its field's leaves that hold it. Not for two threads at once (one per search).
/// </summary>
public sealed class IndexedMarks(IndexSearcher searcher, SegmentTerms segmentTerms, SharedTermStates? states = null, PageDocuments? page = null)
{
    /// <summary>Terms of a prefix, wildcard or fuzzy leaf per segment beyond which the snippet falls back to re-analysis.</summary>
    public const int MaxExpandedTerms = 1_024;

    private static readonly List<(int Start, int End)> NoMatches = [];
    private readonly Dictionary<Query, SpanLeafOf?> spanLeaves = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Query, Dictionary<int, List<Term>?>> expansions = new(ReferenceEqualityComparer.Instance);
    private readonly PageDocuments page = page ?? PageDocuments.None;

    /// <summary>
    /// The current <see cref="Find"/>'s terms read so far: where their occurrences are in <see cref="occurrences"/>.
    /// A term is often in several leaves of a hit's field (a word with its translations, concepts, phrases and
    /// proximities around it): its positions are read from the index once per hit, not once per leaf.
    /// </summary>
    private readonly Dictionary<Term, (int From, int Count)> read = [];

    /// <summary>The current <see cref="Find"/>'s occurrences (position, start and end offset in the field) of the terms in <see cref="read"/>.</summary>
    private readonly List<(int Position, int StartOffset, int EndOffset)> occurrences = [];

    /// <summary>A span leaf rewritten, its terms and their states, and its matches by document (top-level id) as they are read.</summary>
    private sealed record SpanLeafOf(SpanQuery Spans, Term[] Terms, Dictionary<Term, TermContext> States)
    {
        public Dictionary<int, List<(int Start, int End)>> Matches { get; } = [];
    }

    /// <summary>A marked word: its characters in the text, the index term and the weight of the leaf that marked it.</summary>
    public readonly record struct Mark(int Start, int End, string Term, float Weight);

    /// <summary>
    /// The marks of <paramref name="leaves"/> (one field's, from <see cref="SnippetQuery.For"/>) in document
    /// <paramref name="doc"/>, in characters of the stored text, which starts at <paramref name="textStart"/> of the
    /// field's value; null when the index cannot say (a segment without offsets, a leaf of another kind, too many
    /// expanded terms): then the caller re-analyses.
    /// </summary>
    public List<Mark>? Find(IReadOnlyList<Query> leaves, string field, int doc, int textStart, int textLength)
    {
        var context = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves)];
        var reader = context.AtomicReader;
        if (reader.FieldInfos.FieldInfo(field)?.IndexOptions != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) return null;
        if (reader.GetTerms(field) is not { } terms) return [];
        var local = doc - context.DocBase;
        var marks = new List<Mark>();
        read.Clear();
        occurrences.Clear();
        foreach (var leaf in leaves)
        {
            switch (leaf)
            {
                case TermQuery term:
                    Add(term.Term, leaf.Boost, null);
                    break;
                case PhraseQuery or MultiPhraseQuery or SpanQuery:
                    if (SpanLeaf(leaf) is not { } span) return null;
                    var matches = Matches(span, context, local);
                    if (matches.Count == 0) break;
                    foreach (var t in span.Terms) Add(t, leaf.Boost, matches);
                    break;
                case MultiTermQuery multiTerm:
                    if (Expanded(multiTerm, context, terms) is not { } expanded) return null;
                    foreach (var t in expanded) Add(t, leaf.Boost, null);
                    break;
                default:
                    return null;
            }
        }
        return marks;

        void Add(Term term, float weight, List<(int Start, int End)>? within)
        {
            if (term.Field != field) return;
            if (!read.TryGetValue(term, out var held)) read[term] = held = Read(context, term, local);
            if (within is null) marks.EnsureCapacity(marks.Count + held.Count);
            var text = term.Text;
            for (var i = held.From; i < held.From + held.Count; i++)
            {
                var (position, startOffset, endOffset) = occurrences[i];
                if (within is not null && !Inside(position, within)) continue;
                var start = startOffset - textStart;
                var end = endOffset - textStart;
                if (start >= 0 && end <= textLength && start < end) marks.Add(new Mark(start, end, text, weight));
            }
        }
    }

    /// <summary>
    /// The term's occurrences in document <paramref name="doc"/> (of the segment), read from its positions into
    /// <see cref="occurrences"/>: where they start there and how many (none when the document lacks the term).
    /// </summary>
    private (int From, int Count) Read(AtomicReaderContext context, Term term, int doc)
    {
        var from = occurrences.Count;
        if (segmentTerms.Positions(context, term, doc) is not { } positions) return (from, 0);
        for (var i = 0; i < positions.Freq; i++)
        {
            var position = positions.NextPosition();
            occurrences.Add((position, positions.StartOffset, positions.EndOffset));
        }
        return (from, positions.Freq);
    }

    private static bool Inside(int position, List<(int Start, int End)> matches)
    {
        foreach (var (start, end) in matches)
        {
            if (position >= start && position < end) return true;
        }
        return false;
    }

    /// <summary>
    /// The positions [start, end) of the span leaf's matches in document <paramref name="doc"/> (of the segment), read
    /// with the matches of the page's other documents of the segment: one spans per leaf and segment, moved forward
    /// from document to document as Lucene's span scorer moves it.
    /// </summary>
    private List<(int Start, int End)> Matches(SpanLeafOf leaf, AtomicReaderContext context, int doc)
    {
        if (leaf.Matches.TryGetValue(context.DocBase + doc, out var known)) return known;
        var spans = leaf.Spans.GetSpans(context, null, leaf.States);
        var started = false;
        var more = false;
        foreach (var each in page.In(context, doc))
        {
            if (!started || more && spans.Doc < each) more = spans.SkipTo(each);
            started = true;
            var found = NoMatches;
            if (more && spans.Doc == each)
            {
                found = [];
                do found.Add((spans.Start, spans.End));
                while ((more = spans.MoveNext()) && spans.Doc == each);
            }
            leaf.Matches[context.DocBase + each] = found;
        }
        return leaf.Matches[context.DocBase + doc];
    }

    private SpanLeafOf? SpanLeaf(Query leaf)
    {
        if (spanLeaves.TryGetValue(leaf, out var known)) return known;
        if (AsSpans(leaf) is not { } spans) return spanLeaves[leaf] = null;
        var rewritten = (SpanQuery)searcher.Rewrite(spans);
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        var termStates = states is null ? [] : terms.ToDictionary(t => t, states.StateOf);
        return spanLeaves[leaf] = new SpanLeafOf(rewritten, [.. terms], termStates);
    }

    /// <summary>A phrase as Lucene's WeightedSpanTermExtractor turns it into spans (the same slop and order), so the same words are marked.</summary>
    private static SpanQuery? AsSpans(Query leaf)
    {
        switch (leaf)
        {
            case SpanQuery span:
                return span;
            case PhraseQuery phrase:
            {
                var words = phrase.GetTerms();
                var positions = phrase.GetPositions();
                var slop = phrase.Slop;
                var largestIncrement = 0;
                for (var i = 1; i < positions.Length; i++) largestIncrement = Math.Max(largestIncrement, positions[i] - positions[i - 1]);
                if (largestIncrement > 1) slop += largestIncrement;
                return new SpanNearQuery([.. words.Select(w => (SpanQuery)new SpanTermQuery(w))], slop, slop == 0);
            }
            case MultiPhraseQuery multi:
            {
                var arrays = multi.GetTermArrays();
                var positions = multi.GetPositions();
                if (arrays.Count == 0) return null;
                var maxPosition = positions[^1];
                var byPosition = new List<SpanQuery>?[maxPosition + 1];
                for (var i = 0; i < arrays.Count; i++)
                {
                    (byPosition[positions[i]] ??= []).AddRange(arrays[i].Select(t => (SpanQuery)new SpanTermQuery(t)));
                }
                var gaps = byPosition.Count(p => p is null);
                var clauses = byPosition.Where(p => p is not null).Select(p => p!.Count == 1 ? p[0] : new SpanOrQuery([.. p])).ToArray();
                return new SpanNearQuery(clauses, multi.Slop + gaps, multi.Slop == 0);
            }
            default:
                return null;
        }
    }

    /// <summary>The segment's terms a prefix, wildcard or fuzzy leaf matches; null past <see cref="MaxExpandedTerms"/>.</summary>
    private List<Term>? Expanded(MultiTermQuery query, AtomicReaderContext context, Terms terms)
    {
        if (!expansions.TryGetValue(query, out var bySegment)) expansions[query] = bySegment = [];
        if (bySegment.TryGetValue(context.Ord, out var known)) return known;
        var found = new List<Term>();
        var matching = query.GetTermsEnum(terms);
        while (matching.MoveNext())
        {
            if (found.Count == MaxExpandedTerms)
            {
                found = null;
                break;
            }
            found.Add(new Term(query.Field, BytesRef.DeepCopyOf(matching.Term)));
        }
        return bySegment[context.Ord] = found;
    }
}

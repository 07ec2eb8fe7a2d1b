using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The search query reduced, per hit and field, to the parts that can mark a word of that hit, so the highlighter
/// neither re-analyses a field in which nothing can be marked nor builds its in-memory index for phrases whose
/// words the provision lacks.
/// </summary>
/// <remarks>
/// Lucene's highlighter (QueryScorer) takes weighted terms from the leaves of the query, depth first, skipping
/// prohibited clauses and every term of another field; a term leaf only weighs if the provision has the term, a
/// phrase only if the provision has all of its words (no span otherwise). The index answers that per hit (its
/// language field holds text and heading, the stored text only the text, so the index never says "absent" for a
/// word of the text). Kept leaves stay in their order, so the weighted terms — and the snippet — are the same as
/// with the whole query. Leaves whose matches depend on the text's terms in other ways (prefixes, spans, anything
/// unrecognised) are always kept.
/// </remarks>
public sealed class SnippetQuery
{
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<Leaf> leaves;

    /// <param name="states">The search's term states, when it has them: terms are then found from them.</param>
    /// <param name="page">The page's documents, when known: each term and span leaf is then read in one pass per segment over them.</param>
    public SnippetQuery(IndexSearcher searcher, Query query, SharedTermStates? states = null, PageDocuments? page = null)
    {
        this.searcher = searcher;
        Terms = new SegmentTerms(states, page);
        Marks = new IndexedMarks(searcher, Terms, states, page);
        var found = new List<Leaf>();
        Flatten(query, found);
        leaves = found;
    }

    /// <summary>This search's term look-ups in the hits' segments.</summary>
    public SegmentTerms Terms { get; }

    /// <summary>Finds the marks of <see cref="For"/>'s leaves in the index, for this search.</summary>
    public IndexedMarks Marks { get; }

    /// <summary>The leaves that may mark words of <paramref name="field"/> in document <paramref name="doc"/>, in the highlighter's order; null when none can.</summary>
    public IReadOnlyList<Query>? For(string field, int doc)
    {
        var context = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves)];
        var local = doc - context.DocBase;
        List<Query>? kept = null;
        foreach (var leaf in leaves)
        {
            if (leaf.Field is not null && leaf.Field != field) continue;
            if (leaf.Required is { } required && !HasAll(required, context, local)) continue;
            (kept ??= []).Add(leaf.Query);
        }
        return kept;
    }

    /// <summary>True when the document has one of each inner list's terms.</summary>
    private bool HasAll(IReadOnlyList<Term[]> required, AtomicReaderContext context, int doc)
    {
        foreach (var alternatives in required)
        {
            if (!HasAny(alternatives, context, doc)) return false;
        }
        return true;
    }

    private bool HasAny(Term[] alternatives, AtomicReaderContext context, int doc)
    {
        foreach (var term in alternatives)
        {
            if (Terms.Has(context, term, doc)) return true;
        }
        return false;
    }

    /// <summary>As QueryScorer visits the query: into boolean clauses that are not prohibited, disjunctions and constant-score wrappers.</summary>
    private static void Flatten(Query query, List<Leaf> into)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited)) Flatten(clause.Query, into);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction) Flatten(disjunct, into);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Flatten(inner, into);
                break;
            case TermQuery term:
                into.Add(new Leaf(query, term.Term.Field, [[term.Term]]));
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words:
                into.Add(new Leaf(query, words[0].Field, [.. words.Select(w => new[] { w })]));
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays() is { Count: > 0 } positions && positions[0].Length > 0:
                into.Add(new Leaf(query, positions[0][0].Field, [.. positions]));
                break;
            case MultiTermQuery multiTerm:
                into.Add(new Leaf(query, multiTerm.Field, null));
                break;
            case SpanQuery span:
                into.Add(new Leaf(query, span.Field, null));
                break;
            default:
                into.Add(new Leaf(query, null, null));
                break;
        }
    }

    /// <param name="Field">The only field the leaf can weigh terms of; null when not known (kept for every field).</param>
    /// <param name="Required">Words the provision must have for the leaf to weigh: one of each inner list; null when not checked.</param>
    private sealed record Leaf(Query Query, string? Field, IReadOnlyList<Term[]>? Required);
}

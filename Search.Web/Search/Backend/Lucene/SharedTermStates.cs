using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// One search's term look-ups shared between the term queries that ask for the same term. The query the parser
/// builds names most terms several times — a word among the ranked parts and again in the clause that holds every
/// part, a translation's words beside the whole translation, the translations again for "matched via" — and each
/// <see cref="TermQuery"/> looked its term up in every segment while its weight was built (dotnet-trace: a tenth of
/// a search). Here the term queries of a tree are given their term's <see cref="TermContext"/>, built once per term
/// and searcher, which is exactly what they would build themselves: the same statistics, the same scores. Exact
/// phrases become <see cref="SharedPhraseQuery"/>, which take their terms' states from here too. The states are
/// looked up with one terms enumerator per segment and field, reused from term to term (<see cref="TermContext.Build"/>
/// makes a new one per term and segment, the bulk of what building a weight allocated). Term queries become
/// <see cref="SharedTermQuery"/>; the terms enumerators, and the postings enumerators of both, are borrowed from the segments' <see cref="PostingsPool"/>
/// and given back when the search is disposed, after its last scorer.
/// </summary>
public sealed class SharedTermStates(IndexSearcher searcher) : IDisposable
{
    private readonly Dictionary<Term, TermContext> states = [];
    private readonly Dictionary<Query, Query> rewritten = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> enumerators = [];
    private readonly List<(PostingsPool Pool, TermsEnum Terms)> borrowedTerms = [];
    private readonly List<(PostingsPool Pool, DocsEnum Postings)> borrowed = [];

    /// <summary>The query with its term queries (inside boolean, disjunction, constant-score and filtered queries) sharing term states; other queries as they are.</summary>
    public Query Apply(Query query)
    {
        if (rewritten.TryGetValue(query, out var known)) return known;
        Query result = query switch
        {
            TermQuery term => new SharedTermQuery(term.Term, this) { Boost = term.Boost },
            PhraseQuery { Slop: 0 } phrase when phrase.GetTerms().Length > 1 && phrase is not SharedPhraseQuery => new SharedPhraseQuery(phrase, this),
            BooleanQuery boolean => Boolean(boolean),
            DisjunctionMaxQuery disjunction => Disjunction(disjunction),
            ConstantScoreQuery { Query: { } inner } constant => new ConstantScoreQuery(Apply(inner)) { Boost = constant.Boost },
            FilteredQuery filtered => new FilteredQuery(Apply(filtered.Query), filtered.Filter, filtered.Strategy) { Boost = filtered.Boost },
            _ => query,
        };
        return rewritten[query] = result;
    }

    private BooleanQuery Boolean(BooleanQuery boolean)
    {
        var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
        foreach (var clause in boolean.Clauses) copy.Add(Apply(clause.Query), clause.Occur);
        return copy;
    }

    private DisjunctionMaxQuery Disjunction(DisjunctionMaxQuery disjunction)
    {
        var copy = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
        foreach (var disjunct in disjunction.Disjuncts) copy.Add(Apply(disjunct));
        return copy;
    }

    /// <summary>
    /// The term's states in every segment of the searcher (what <see cref="TermContext.Build"/> gives), looked up once per
    /// reader (<see cref="ReaderTermStates"/>) and then once per search.
    /// </summary>
    public TermContext StateOf(Term term)
    {
        if (states.TryGetValue(term, out var state)) return state;
        var known = ReaderTermStates.Of(searcher.IndexReader);
        if (known.TryGet(term, out state)) return states[term] = state;
        var context = searcher.TopReaderContext;
        state = new TermContext(context);
        foreach (var segment in context.Leaves)
        {
            if (TermsOf(segment, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                state.Register(terms.GetTermState(), segment.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        known.Add(term, state);
        return states[term] = state;
    }

    /// <summary>This search's terms enumerator of the field in the segment (null when the segment has no such field), positioned by each caller's seek.</summary>
    public TermsEnum? TermsOf(AtomicReaderContext segment, string field)
    {
        var key = (segment.Ord, field);
        if (enumerators.TryGetValue(key, out var terms)) return terms;
        if (segment.AtomicReader.GetTerms(field) is { } fieldTerms)
        {
            var pool = PostingsPool.Of(segment.AtomicReader, field);
            terms = pool.TakeTerms() ?? fieldTerms.GetEnumerator();
            borrowedTerms.Add((pool, terms));
        }
        return enumerators[key] = terms;
    }

    /// <summary>The documents (with frequencies) of the term the field's <paramref name="terms"/> are positioned on, through an enumerator borrowed for this search.</summary>
    public DocsEnum Docs(AtomicReaderContext segment, string field, TermsEnum terms, IBits? acceptDocs)
    {
        var pool = PostingsPool.Of(segment.AtomicReader, field);
        return Borrowed(pool, terms.Docs(acceptDocs, pool.TakeDocs()));
    }

    /// <summary>The documents and positions of the term the field's <paramref name="terms"/> are positioned on (null when the field has no positions), borrowed for this search.</summary>
    public DocsAndPositionsEnum? Positions(AtomicReaderContext segment, string field, TermsEnum terms, IBits? acceptDocs)
    {
        var pool = PostingsPool.Of(segment.AtomicReader, field);
        return terms.DocsAndPositions(acceptDocs, pool.TakePositions(), DocsAndPositionsFlags.NONE) is { } postings ? Borrowed(pool, postings) : null;
    }

    /// <summary>Gives the borrowed terms and postings enumerators back to their pools: no scorer of this search may run after it.</summary>
    public void Dispose()
    {
        foreach (var (pool, postings) in borrowed) pool.Return(postings);
        foreach (var (pool, terms) in borrowedTerms) pool.Return(terms);
        borrowed.Clear();
        borrowedTerms.Clear();
        enumerators.Clear();
    }

    private T Borrowed<T>(PostingsPool pool, T postings) where T : DocsEnum
    {
        borrowed.Add((pool, postings));
        return postings;
    }
}

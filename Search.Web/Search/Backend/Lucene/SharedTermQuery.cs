using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// A term query whose weight takes its term's states from the search's <see cref="SharedTermStates"/>, seeks the term
/// with the search's terms enumerator of each segment and field, and reads its postings with an enumerator the search
/// borrowed (<see cref="PostingsPool"/>). Lucene's own term weight makes a new terms enumerator and a new postings
/// enumerator for every term and segment. The statistics, the weight and the scores are exactly Lucene's
/// (<see cref="TermQuery"/>'s weight and term scorer); it is a <see cref="TermQuery"/> of the same term, so
/// whatever reads the query's terms reads it alike.
/// </summary>
public sealed class SharedTermQuery : TermQuery
{
    private readonly SharedTermStates states;

    public SharedTermQuery(Term term, SharedTermStates states) : base(term, states.StateOf(term)) => this.states = states;

    public override Weight CreateWeight(IndexSearcher searcher) => new SharedTermWeight(this, searcher, states);

    private sealed class SharedTermWeight : Weight
    {
        private readonly SharedTermQuery query;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;
        private readonly SharedTermStates states;
        private readonly TermContext context;

        public SharedTermWeight(SharedTermQuery query, IndexSearcher searcher, SharedTermStates states)
        {
            this.query = query;
            this.states = states;
            similarity = searcher.Similarity;
            context = states.StateOf(query.Term);
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, context));
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext segment, IBits? acceptDocs)
        {
            if (context.Get(segment.Ord) is not { } state || states.TermsOf(segment, query.Term.Field) is not { } terms) return null;
            terms.SeekExact(query.Term.Bytes, state);
            return new PostingsScorer(this, states.Docs(segment, query.Term.Field, terms, acceptDocs), similarity.GetSimScorer(stats, segment));
        }

        public override Explanation Explain(AtomicReaderContext segment, int doc)
        {
            if (GetScorer(segment, segment.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                float freq = scorer.Freq;
                var scoreExplanation = similarity.GetSimScorer(stats, segment).Explain(doc, new Explanation(freq, "termFreq=" + freq));
                var result = new ComplexExplanation
                {
                    Description = $"weight({Query} in {doc}) [{similarity.GetType().Name}], result of:",
                    Value = scoreExplanation.Value,
                    Match = true,
                };
                result.AddDetail(scoreExplanation);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>The documents of the term in one segment, scored as Lucene's term scorer scores them.</summary>
    private sealed class PostingsScorer(Weight weight, DocsEnum postings, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override float GetScore() => (float)docScorer.Score(postings.DocID, postings.Freq);

        public override long GetCost() => postings.GetCost();
    }
}

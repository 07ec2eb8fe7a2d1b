using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// An exact phrase (slop 0) whose weight takes its terms' states from the search's <see cref="SharedTermStates"/>
/// and seeks them with the search's terms enumerator of each segment and field, reading their positions with
/// enumerators the search borrowed (<see cref="PostingsPool"/>). Lucene's own phrase weight builds a
/// <see cref="TermContext"/> per term (a new terms enumerator per segment), a new enumerator per segment again for
/// its scorer, and its exact scorer allocates two 16 KB arrays per segment: the concept expansion and the
/// translations put dozens of phrases in a query, and these were two thirds of the bytes a search allocated
/// (dotnet-trace gc-verbose, bench/README.md, fifth round). The statistics, the matching documents and the phrase
/// frequency are the same as Lucene's, so are the scores (<see cref="ExactPhraseScorer"/>).
/// It is a <see cref="PhraseQuery"/> with the same terms and positions, so whatever reads the query's phrases reads it alike.
/// </summary>
public sealed class SharedPhraseQuery : PhraseQuery
{
    private readonly SharedTermStates states;

    public SharedPhraseQuery(PhraseQuery phrase, SharedTermStates states)
    {
        if (phrase.Slop != 0) throw new ArgumentException("only exact phrases", nameof(phrase));
        this.states = states;
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        for (var i = 0; i < terms.Length; i++) Add(terms[i], positions[i]);
        Boost = phrase.Boost;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new SharedPhraseWeight(this, searcher, states);

    private sealed class SharedPhraseWeight : Weight
    {
        private readonly SharedPhraseQuery query;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;
        private readonly SharedTermStates states;
        private readonly Term[] terms;
        private readonly int[] positions;
        private readonly TermContext[] contexts;

        public SharedPhraseWeight(SharedPhraseQuery query, IndexSearcher searcher, SharedTermStates states)
        {
            this.query = query;
            this.states = states;
            similarity = searcher.Similarity;
            terms = query.GetTerms();
            positions = query.GetPositions();
            contexts = new TermContext[terms.Length];
            var termStats = new TermStatistics[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                contexts[i] = states.StateOf(terms[i]);
                termStats[i] = searcher.TermStatistics(terms[i], contexts[i]);
            }
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(terms[0].Field), termStats);
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (states.TermsOf(context, terms[0].Field) is not { } termsEnum) return null;
            var postings = new ExactPhraseScorer.Postings[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                if (contexts[i].Get(context.Ord) is not { } state) return null;
                termsEnum.SeekExact(terms[i].Bytes, state);
                var enumerator = states.Positions(context, terms[i].Field, termsEnum, acceptDocs)
                    ?? throw new InvalidOperationException($"field {terms[i].Field} was indexed without positions; cannot run a phrase query");
                postings[i] = new ExactPhraseScorer.Postings(enumerator, termsEnum.DocFreq, positions[i], terms[i]);
            }
            return ExactPhraseScorer.Create(this, postings, similarity.GetSimScorer(stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var scoreExplanation = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
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
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The documents of one segment holding an exact phrase, scored by its frequency: the number of positions at which
/// every term of the phrase stands at its offset, as Lucene's exact phrase scorer counts them (a start before the
/// text's first position is not counted), so the same documents come with the same frequency and score. The postings
/// are ordered as Lucene orders them (rarest first), which also gives the same cost. A document is a candidate when
/// every term is in it; its frequency is the intersection of the terms' start positions, in buffers that grow to the
/// largest term frequency met instead of two 16 KB arrays per scorer.
/// </summary>
internal sealed class ExactPhraseScorer : Scorer
{
    internal sealed record Postings(DocsAndPositionsEnum Enumerator, int DocFreq, int Position, Term Term);

    private readonly DocsAndPositionsEnum[] postings;
    private readonly int[] offsets;
    private readonly Similarity.SimScorer docScorer;
    private int[] starts = [];
    private int doc = -1;
    private int freq;

    private ExactPhraseScorer(Weight weight, Postings[] ordered, Similarity.SimScorer docScorer) : base(weight)
    {
        postings = [.. ordered.Select(p => p.Enumerator)];
        offsets = [.. ordered.Select(p => p.Position)];
        this.docScorer = docScorer;
    }

    /// <summary>The scorer, or null when a term other than the rarest has no document left (as Lucene's returns none then).</summary>
    public static ExactPhraseScorer? Create(Weight weight, Postings[] postings, Similarity.SimScorer docScorer)
    {
        var ordered = postings.OrderBy(p => p.DocFreq).ThenBy(p => p.Position).ThenBy(p => p.Term).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Enumerator.NextDoc() == NO_MORE_DOCS) return null;
        }
        return new ExactPhraseScorer(weight, ordered, docScorer);
    }

    public override int DocID => doc;

    public override int Freq => freq;

    public override float GetScore() => docScorer.Score(doc, freq);

    public override long GetCost() => postings[0].GetCost();

    public override int NextDoc() => Next(postings[0].NextDoc());

    public override int Advance(int target) => Next(postings[0].Advance(target));

    /// <summary>From the lead's candidate on: the first document every term is in with the phrase in it.</summary>
    private int Next(int candidate)
    {
        while (candidate != NO_MORE_DOCS)
        {
            var behind = -1;
            for (var i = 1; i < postings.Length; i++)
            {
                var at = postings[i].DocID < candidate ? postings[i].Advance(candidate) : postings[i].DocID;
                if (at > candidate)
                {
                    behind = at;
                    break;
                }
            }
            if (behind < 0)
            {
                freq = PhraseFreq();
                if (freq > 0) return doc = candidate;
                candidate = postings[0].NextDoc();
            }
            else
            {
                candidate = behind == NO_MORE_DOCS ? NO_MORE_DOCS : postings[0].Advance(behind);
            }
        }
        freq = 0;
        return doc = NO_MORE_DOCS;
    }

    /// <summary>The number of starts (lead position minus its offset, not negative) that every other term has at its offset.</summary>
    private int PhraseFreq()
    {
        var lead = postings[0];
        var count = lead.Freq;
        if (starts.Length < count) starts = new int[Math.Max(count, starts.Length * 2)];
        var kept = 0;
        for (var k = 0; k < count; k++)
        {
            var start = lead.NextPosition() - offsets[0];
            if (start >= 0 && (kept == 0 || start > starts[kept - 1])) starts[kept++] = start;
        }
        for (var i = 1; i < postings.Length && kept > 0; i++)
        {
            var term = postings[i];
            var remaining = term.Freq;
            var write = 0;
            var read = 0;
            var position = remaining-- > 0 ? term.NextPosition() - offsets[i] : int.MaxValue;
            while (read < kept && position != int.MaxValue)
            {
                if (position < starts[read])
                {
                    position = remaining-- > 0 ? term.NextPosition() - offsets[i] : int.MaxValue;
                }
                else if (position > starts[read])
                {
                    read++;
                }
                else
                {
                    starts[write++] = starts[read++];
                    position = remaining-- > 0 ? term.NextPosition() - offsets[i] : int.MaxValue;
                }
            }
            kept = write;
        }
        return kept;
    }
}

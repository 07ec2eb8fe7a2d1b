using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// The end of the beginning the index-time chains of the provision text share — sentence and paragraph markers
/// (<see cref="TextBoundaries"/>) → standard tokenizer → lower case (<see cref="Prefix"/>) — so that the text is read
/// once for both of its fields (the exact field and its language field) rather than once for each. The chain that
/// reads a provision text first (<see cref="TextValueReader"/>) keeps the tokens its text makes at this point, the
/// other replays them into its own filters without reading the text; any other value passes through
/// (<see cref="SharedTextTokens"/>). Like Lucene's <c>TeeSinkTokenFilter</c>, but across two fields whose values differ
/// (the exact field puts the heading before the text), and without a <c>State</c> per token: the beginning sets only
/// the term, offsets, position increment and type, so those are what is kept.
/// </summary>
public sealed class SharedTextFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private SharedTextMode mode;
    private int next;

    private SharedTextFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>Marks the reader's text for a chain that begins with <see cref="Prefix"/>, and says what that chain will do with it (from the analyzer's <c>InitReader</c>).</summary>
    public static TextReader Mark(TextReader reader)
    {
        SharedTextTokens.PrepareFor(reader);
        return TextBoundaries.Mark(reader);
    }

    /// <summary>The shared beginning over a reader from <see cref="Mark"/>: the tokenizer, and the stream to add the field's own filters to.</summary>
    public static (Tokenizer Tokenizer, TokenStream Stream) Prefix(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return (tokenizer, new SharedTextFilter(new LowerCaseFolding(tokenizer)));
    }

    public override void Reset()
    {
        base.Reset();
        mode = SharedTextTokens.TakeFor();
        next = 0;
    }

    public override bool IncrementToken()
    {
        if (mode == SharedTextMode.Pass) return m_input.IncrementToken();
        var shared = SharedTextTokens.OfThread!;
        if (mode == SharedTextMode.Replay)
        {
            if (next == shared.Count) return false;
            ClearAttributes();
            ref readonly var token = ref shared[next++];
            var kept = shared.Term(token);
            kept.CopyTo(term.ResizeBuffer(kept.Length));
            term.Length = kept.Length;
            offset.SetOffset(token.Start, token.End);
            increment.PositionIncrement = token.Increment;
            type.Type = token.Type;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        shared.Keep(term.Buffer, term.Length, offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type);
        return true;
    }

    public override void End()
    {
        base.End();
        if (mode == SharedTextMode.Pass) return;
        var shared = SharedTextTokens.OfThread!;
        if (mode == SharedTextMode.Keep) shared.Complete(offset.EndOffset, increment.PositionIncrement);
        else if (mode == SharedTextMode.Replay)
        {
            offset.SetOffset(shared.FinalOffset, shared.FinalOffset);
            increment.PositionIncrement = shared.FinalIncrement;
        }
    }
}

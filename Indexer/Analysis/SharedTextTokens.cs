namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// The tokens the common beginning of the provision text's chains (<see cref="SharedTextFilter"/>) made of one text,
/// kept per thread between the fields of a document: the IndexWriter analyses a document's fields one after the other on
/// the thread that adds it, in the order of their names (the exact field, then the language field), so the tokens one
/// field kept are there when the next one reads the same text. Each chain says what it reads when its reader is set
/// (<see cref="Prepare"/>) and takes its part when it is reset (<see cref="Take"/>).
/// </summary>
internal sealed class SharedTextTokens
{
    [ThreadStatic] private static SharedTextTokens? current;

    /// <summary>The thread's tokens; a thread that never analysed a provision text's value (a search's snippets) has none.</summary>
    public static SharedTextTokens? OfThread => current;

    /// <summary>Says what the chain whose reader is being set will do (<see cref="Prepare"/>), on the thread's tokens, made when the value is a provision text's.</summary>
    public static void PrepareFor(TextReader reader)
    {
        if (reader is TextValueReader) current ??= new SharedTextTokens();
        current?.Prepare(reader);
    }

    /// <summary>What the chain just reset does (<see cref="Take"/>); nothing shared on a thread without tokens.</summary>
    public static SharedTextMode TakeFor() => current?.Take() ?? SharedTextMode.Pass;

    private TextValueReader? pending;
    private SharedTextMode pendingMode;

    /// <summary>The text the tokens are of; null while they are being kept or when none are.</summary>
    private string? text;
    private string? keeping;
    private int textStart;
    private char[] chars = new char[4096];
    private int charCount;
    private Token[] tokens = new Token[512];

    public int Count { get; private set; }

    public int FinalOffset { get; private set; }

    public int FinalIncrement { get; private set; }

    /// <summary>
    /// Called with a chain's reader before it reads: a provision text whose tokens are kept is replayed when the value
    /// is the text alone; another provision text is kept when the value's text is tokenized as it would be alone
    /// (<see cref="TextBoundaries.MarksApart"/>); anything else is analysed as it is.
    /// </summary>
    private void Prepare(TextReader reader)
    {
        pending = reader as TextValueReader;
        pendingMode = pending switch
        {
            null => SharedTextMode.Pass,
            { TextStart: 0 } value when string.Equals(text, value.Text, StringComparison.Ordinal) => SharedTextMode.Replay,
            var value when TextBoundaries.MarksApart(value.Value, value.TextStart) => SharedTextMode.Keep,
            _ => SharedTextMode.Pass,
        };
    }

    /// <summary>What the chain whose reader was just set does; keeping starts afresh.</summary>
    private SharedTextMode Take()
    {
        var mode = pendingMode;
        if (mode == SharedTextMode.Keep)
        {
            text = null;
            keeping = pending!.Text;
            textStart = pending.TextStart;
            charCount = 0;
            Count = 0;
            if (chars.Length > KeptCapacity) chars = new char[4096];
            if (tokens.Length > KeptCapacity / 8) tokens = new Token[512];
        }
        pending = null;
        pendingMode = SharedTextMode.Pass;
        return mode;
    }

    /// <summary>Keeps a token of the value being kept, when it lies in its text (offsets into the text alone).</summary>
    public void Keep(char[] term, int length, int start, int end, int increment, string type)
    {
        if (start < textStart) return;
        if (charCount + length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + length));
        if (Count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
        Array.Copy(term, 0, chars, charCount, length);
        tokens[Count++] = new Token(charCount, length, start - textStart, end - textStart, increment, type);
        charCount += length;
    }

    /// <summary>The value was read to its end: its text's tokens are complete.</summary>
    public void Complete(int finalOffset, int finalIncrement)
    {
        FinalOffset = finalOffset - textStart;
        FinalIncrement = finalIncrement;
        text = keeping;
        keeping = null;
    }

    public ref readonly Token this[int index] => ref tokens[index];

    /// <summary>Characters kept beyond which a thread lets its buffers go after a very long provision.</summary>
    private const int KeptCapacity = 1 << 20;

    public ReadOnlySpan<char> Term(in Token token) => chars.AsSpan(token.CharStart, token.Length);

    public readonly record struct Token(int CharStart, int Length, int Start, int End, int Increment, string Type);
}

/// <summary>What a provision text chain does with its value (<see cref="SharedTextTokens"/>).</summary>
internal enum SharedTextMode
{
    /// <summary>Analyses the value; keeps nothing.</summary>
    Pass,

    /// <summary>Analyses the value and keeps the tokens of its text.</summary>
    Keep,

    /// <summary>Takes the kept tokens of its text instead of analysing it.</summary>
    Replay,
}

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// A field value read as text that ends with the provision text: the whole value (the text in its language field), or
/// the heading and division headings and then the text (the exact field, <see cref="Schema.ProvisionSchema.ExactValue"/>).
/// Any analyzer reads it as the value's characters; the index-time chains of both fields know it (<see cref="SharedTextFilter"/>):
/// the first to analyse the text keeps the tokens their common beginning made of it, and the other takes them.
/// </summary>
public sealed class TextValueReader : TextReader
{
    private int position;

    public TextValueReader(string value, string text)
    {
        if (!value.EndsWith(text, StringComparison.Ordinal)) throw new ArgumentException("The value does not end with the text.", nameof(value));
        Value = value;
        Text = text;
    }

    public string Value { get; }

    /// <summary>The provision text, the end of <see cref="Value"/>.</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> starts in <see cref="Value"/>.</summary>
    public int TextStart => Value.Length - Text.Length;

    /// <summary>The whole value when nothing was read yet (then nothing is left), else null.</summary>
    public string? TakeWhole()
    {
        if (position != 0) return null;
        position = Value.Length;
        return Value;
    }

    public override int Peek() => position < Value.Length ? Value[position] : -1;

    public override int Read() => position < Value.Length ? Value[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var length = Math.Min(buffer.Length, Value.Length - position);
        Value.AsSpan(position, length).CopyTo(buffer);
        position += length;
        return length;
    }

    public override string ReadToEnd()
    {
        var rest = Value[position..];
        position = Value.Length;
        return rest;
    }
}

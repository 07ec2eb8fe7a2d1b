using System.Buffers;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>A text decoded into a buffer rented from <see cref="ArrayPool{T}.Shared"/>; disposing returns the buffer.</summary>
public sealed class RentedText(char[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}

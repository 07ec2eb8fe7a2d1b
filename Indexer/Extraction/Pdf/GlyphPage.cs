using System.Buffers;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>One glyph drawn left to right: its text, where its baseline starts and ends, and its size in points.</summary>
internal readonly record struct PageGlyph(string Value, double Left, double Right, double Baseline, double Size);

/// <summary>
/// One page as the text layer needs it: the horizontal glyphs in drawing order, the page size, and the share of
/// the page covered by its largest image (a scan). Built by <see cref="GlyphPageFactory"/> in place of PdfPig's
/// <c>Page</c>, which keeps a full <c>Letter</c> object (fonts, colours, rectangles) and every vector path.
/// The glyphs live in a pooled buffer (a page of text is large enough for the large-object heap): dispose the
/// page once its glyphs are read.
/// </summary>
internal sealed class GlyphPage(int number, double width, double height, GlyphBuffer glyphs, double largestImageShare) : IDisposable
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public double LargestImageShare { get; } = largestImageShare;

    public ReadOnlySpan<PageGlyph> Glyphs => glyphs.Span;

    public void Dispose() => glyphs.Dispose();
}

/// <summary>A growable list of glyphs on arrays rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal sealed class GlyphBuffer : IDisposable
{
    private const int InitialCapacity = 1024;

    private PageGlyph[] items = ArrayPool<PageGlyph>.Shared.Rent(InitialCapacity);

    public int Count { get; private set; }

    public ReadOnlySpan<PageGlyph> Span => items.AsSpan(0, Count);

    public ref PageGlyph Last => ref items[Count - 1];

    public void Add(in PageGlyph glyph)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<PageGlyph>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<PageGlyph>.Shared.Return(items, clearArray: true);
            items = larger;
        }
        items[Count++] = glyph;
    }

    public void Dispose()
    {
        if (items.Length == 0) return;
        ArrayPool<PageGlyph>.Shared.Return(items, clearArray: true);
        items = [];
        Count = 0;
    }
}

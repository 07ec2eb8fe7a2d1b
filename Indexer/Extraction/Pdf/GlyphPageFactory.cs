using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// Builds a <see cref="GlyphPage"/> from a page's parsed content stream (registered on a document with
/// <c>AddPageFactory</c>, read with <c>GetPage&lt;GlyphPage&gt;</c>). PdfPig constructs it by reflection.
/// </summary>
internal sealed class GlyphPageFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<GlyphPage>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    protected override GlyphPage ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var bounds = mediaBox.Bounds;
        var (width, height) = rotation.SwapsAxis ? (bounds.Height, bounds.Width) : (bounds.Width, bounds.Height);
        if (operations is null || operations.Count == 0) return new GlyphPage(pageNumber, width, height, new GlyphBuffer(), 0);

        var collector = new GlyphCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
            cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        var drawn = collector.Process(pageNumber, operations);
        var area = width * height;
        return new GlyphPage(pageNumber, width, height, drawn.Glyphs, area > 0 ? drawn.LargestImageArea / area : 0);
    }
}

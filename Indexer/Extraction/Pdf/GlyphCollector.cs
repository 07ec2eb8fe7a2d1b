using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>What one page's content stream draws that the text layer needs: horizontal glyphs and the largest image.</summary>
internal sealed record DrawnText(GlyphBuffer Glyphs, double LargestImageArea);

/// <summary>
/// Runs a page's content stream through PdfPig's interpreter (fonts, text state, form XObjects) and keeps only
/// what <see cref="LetterRows"/> uses: one small struct per horizontal glyph, positioned on its baseline as PdfPig
/// positions letters, with combining diacritics folded into the letter before them. Vector paths, clipping,
/// colours and marked content are not built at all, which is most of what PdfPig's own page allocates.
/// </summary>
internal sealed class GlyphCollector(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions)
    : BaseStreamProcessor<DrawnText>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox,
        userSpaceUnit, rotation, in initialMatrix, parsingOptions)
{
    private const double Flat = 1e-4;
    private const double MinPointSize = 1;
    private const double MaxPointSize = 200;
    private const double CapHeightShare = 0.7;
    private const double DefaultSize = 10;

    private readonly GlyphBuffer glyphs = new();
    private double largestImageArea;
    private bool lastGlyphKept;
    private int lastSequence = -1;

    public override DrawnText Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        try
        {
            ProcessOperations(operations);
        }
        catch
        {
            glyphs.Dispose();
            throw;
        }
        return new DrawnText(glyphs, largestImageArea);
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code,
        string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        var sameSequence = lastSequence == TextSequence;
        lastSequence = TextSequence;
        if (string.IsNullOrEmpty(unicode))
        {
            lastGlyphKept = false;
            return;
        }
        if (sameSequence && lastGlyphKept && currentOffset > 0 && Diacritics.IsInCombiningDiacriticRange(unicode)
            && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, glyphs.Last.Value, out var combined))
        {
            glyphs.Last = glyphs.Last with { Value = combined };
            return;
        }

        var (startX, startY) = Transform(0, 0, renderingMatrix, textMatrix, transformationMatrix);
        var (endX, endY) = Transform(characterBoundingBox.Width, 0, renderingMatrix, textMatrix, transformationMatrix);
        lastGlyphKept = IsHorizontal(startX, startY, endX, endY, renderingMatrix, textMatrix, transformationMatrix);
        if (!lastGlyphKept) return;

        var size = pointSize is > MinPointSize and < MaxPointSize
            ? pointSize
            : SizeFromHeight(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox);
        glyphs.Add(new PageGlyph(unicode, startX, endX, startY, size));
    }

    /// <summary>Left to right on a level baseline; a zero-width glyph takes the direction of its text.</summary>
    private static bool IsHorizontal(double startX, double startY, double endX, double endY,
        in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third)
    {
        if (Math.Abs(startY - endY) >= Flat) return false;
        if (Math.Abs(startX - endX) >= Flat) return endX > startX;
        var (unitX, unitY) = Transform(1, 0, first, second, third);
        return Math.Abs(unitY - startY) < Flat && unitX > startX;
    }

    /// <summary>When the point size is unusable, the size implied by the drawn glyph's height.</summary>
    private double SizeFromHeight(in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third, CharacterBoundingBox box)
    {
        var glyph = PerformantRectangleTransformer.Transform(first, second, third, box.GlyphBounds);
        var height = glyph.Width > double.Epsilon || glyph.Height > double.Epsilon
            ? glyph.Height
            : PerformantRectangleTransformer.Transform(first, second, third, new PdfRectangle(0, 0, box.Width, UserSpaceUnit.PointMultiples)).Height;
        return height > MinPointSize ? height / CapHeightShare : DefaultSize;
    }

    private static (double X, double Y) Transform(double x, double y,
        in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third)
    {
        (x, y) = (first.A * x + first.C * y + first.E, first.B * x + first.D * y + first.F);
        (x, y) = (second.A * x + second.C * y + second.E, second.B * x + second.D * y + second.F);
        return (third.A * x + third.C * y + third.E, third.B * x + third.D * y + third.F);
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
        var m = xObjectContentRecord.AppliedTransformation;
        largestImageArea = Math.Max(largestImageArea, Math.Abs(m.A * m.D - m.B * m.C));
    }

    protected override void RenderInlineImage(InlineImage inlineImage) =>
        largestImageArea = Math.Max(largestImageArea, inlineImage.BoundingBox.Width * inlineImage.BoundingBox.Height);

    // Paths, clipping, marked content and shadings carry no text: nothing is built for them.
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    public override void PaintShading(NameToken shadingName) { }
}

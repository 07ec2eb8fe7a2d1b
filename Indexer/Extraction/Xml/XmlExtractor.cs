using System.Xml;
using System.Xml.Linq;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Extraction.Xml;

/// <summary>Legal XML (Canada laws-lois, USLM, Akoma Ntoso, generic): one block per text-bearing leaf element.</summary>
public sealed class XmlExtractor : IExtractor
{
    private static readonly HashSet<string> HeadingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "MarginalNote", "TitleText", "Heading", "heading", "num", "Label", "ShortTitle", "LongTitle", "title",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "HistoricalNote", "RecentAmendments", "Identification", "meta", "RegulationMakerOrder",
    };

    public bool CanExtract(SourceDocument document) =>
        string.Equals(Path.GetExtension(document.LocalPath), ".xml", StringComparison.OrdinalIgnoreCase);

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(document.LocalPath, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new ExtractionException($"malformed XML: {ex.Message}", ex);
        }
        if (xml.Root is null) throw new ExtractionException("XML file has no root element");

        var blocks = new List<TextBlock>();
        Collect(xml.Root, blocks);
        if (blocks.Count == 0) throw new ExtractionException("XML file has no text");
        return ExtractedDocument.FromBlocks(blocks);
    }

    private static void Collect(XElement element, List<TextBlock> blocks)
    {
        if (SkippedElements.Contains(element.Name.LocalName)) return;
        var hasElementChildren = element.Elements().Any(e => !IsInline(e));
        if (!hasElementChildren)
        {
            var text = TextNormalizer.CleanInline(string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value)));
            if (text.Length > 0)
            {
                var kind = HeadingElements.Contains(element.Name.LocalName) ? BlockKind.Heading : BlockKind.Paragraph;
                blocks.Add(new TextBlock(text, kind));
            }
            return;
        }
        foreach (var node in element.Nodes())
        {
            if (node is XElement child) Collect(child, blocks);
            else if (node is XText text && TextNormalizer.CleanInline(text.Value) is { Length: > 0 } loose)
            {
                blocks.Add(new TextBlock(loose));
            }
        }
    }

    private static bool IsInline(XElement element) => element.Name.LocalName is
        "Emphasis" or "XRefExternal" or "XRefInternal" or "DefinedTermEn" or "DefinedTermFr" or "Language"
        or "Sup" or "Sub" or "FootnoteRef" or "i" or "b" or "em" or "strong" or "ref" or "span" or "a";
}

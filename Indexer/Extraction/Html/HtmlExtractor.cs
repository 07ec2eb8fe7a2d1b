using System.Net;
using HtmlAgilityPack;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Extraction.Html;

/// <summary>
/// HTML through HtmlAgilityPack: bytes decoded by <see cref="HtmlDecoder"/>, boilerplate dropped, one block per paragraph,
/// rubrics split by a converter rejoined (<see cref="SplitInitialRepair"/>).
/// </summary>
public sealed class HtmlExtractor : IExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "head", "iframe", "form", "button", "select", "msnavigation",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "blockquote", "pre", "table", "dd", "dt",
        "section", "article", "center",
    };

    private static readonly HashSet<string> RevokedElements = new(StringComparer.OrdinalIgnoreCase) { "strike", "s", "del" };

    public bool CanExtract(SourceDocument document)
    {
        var extension = Path.GetExtension(document.LocalPath);
        return extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || (document.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var bytes = File.ReadAllBytes(document.LocalPath);
        if (bytes.Length == 0) throw new ExtractionException("empty HTML file");
        var html = new HtmlDocument();
        html.LoadHtml(HtmlDecoder.Decode(bytes, document.ContentType));

        var blocks = new List<TextBlock>();
        var collector = new BlockCollector(blocks);
        collector.Walk(html.DocumentNode, revoked: false);
        collector.Flush();
        if (blocks.Count == 0) throw new ExtractionException("HTML file has no text");
        var (repaired, repairs) = SplitInitialRepair.Apply(blocks);
        IReadOnlyList<string> warnings = repairs == 0 ? [] : [$"{repairs} rubrics split after a Roman-numeral-like initial were rejoined (\"I - nvasão\" → \"Invasão\")"];
        return ExtractedDocument.FromBlocks(repaired) with { Warnings = warnings };
    }

    private sealed class BlockCollector(List<TextBlock> blocks)
    {
        private readonly System.Text.StringBuilder current = new();
        private readonly System.Text.StringBuilder currentRevoked = new();
        private BlockKind kind = BlockKind.Paragraph;

        public void Walk(HtmlNode node, bool revoked)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Comment) continue;
                if (child.NodeType == HtmlNodeType.Text)
                {
                    var text = WebUtility.HtmlDecode(child.InnerText);
                    (revoked ? currentRevoked : current).Append(text);
                    continue;
                }
                if (child.NodeType != HtmlNodeType.Element || Dropped.Contains(child.Name)) continue;
                if (IsNavigation(child)) continue;

                var isBlock = BlockElements.Contains(child.Name);
                if (isBlock) Flush();
                if (child.Name.Length == 2 && child.Name[0] is 'h' or 'H' && char.IsDigit(child.Name[1])) kind = BlockKind.Heading;
                else if (child.Name.Equals("li", StringComparison.OrdinalIgnoreCase)) kind = BlockKind.ListItem;
                else if (child.Name.Equals("tr", StringComparison.OrdinalIgnoreCase)) kind = BlockKind.TableRow;
                Walk(child, revoked || IsStruck(child));
                if (isBlock) Flush();
                else if (child.Name is "td" or "th") current.Append(' ');
            }
        }

        public void Flush()
        {
            var text = TextNormalizer.CleanInline(current.ToString());
            if (text.Length > 0) blocks.Add(new TextBlock(text, kind));
            var revoked = TextNormalizer.CleanInline(currentRevoked.ToString());
            if (revoked.Length > 0) blocks.Add(new TextBlock(revoked, kind, Revoked: true));
            current.Clear();
            currentRevoked.Clear();
            kind = BlockKind.Paragraph;
        }

        /// <summary>Planalto strikes repealed wording with &lt;strike&gt;/&lt;s&gt;/&lt;del&gt; or with a line-through style.</summary>
        private static bool IsStruck(HtmlNode node) =>
            RevokedElements.Contains(node.Name)
            || node.GetAttributeValue("style", "").Contains("line-through", StringComparison.OrdinalIgnoreCase);

        private static bool IsNavigation(HtmlNode node)
        {
            var cls = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "");
            return cls.Contains("navbar", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("menu", StringComparison.OrdinalIgnoreCase)
                || node.Name.StartsWith("msnav", StringComparison.OrdinalIgnoreCase);
        }
    }
}

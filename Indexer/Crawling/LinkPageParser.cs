using System.Text.RegularExpressions;
using HtmlAgilityPack;
using LegalSearch.Indexer.Extraction.Html;

namespace LegalSearch.Indexer.Crawling;

/// <summary>One link of a link page: where it goes and what the page says about it.</summary>
/// <param name="Href">The href as written.</param>
/// <param name="Text">The link text, whitespace collapsed.</param>
/// <param name="Context">The text of the link's table row cell or list item (a fuller title when the link text is short).</param>
/// <param name="Country">The country code of the row's, item's or nearest heading's country name, if any.</param>
public sealed record PageLink(string Href, string Text, string Context, string? Country);

/// <summary>
/// Reads the links of a link page in the OAS portal style: a table with one row per state, lists with
/// "Country: link", or headings naming the country above the links. Bytes are decoded like any HTML statute.
/// </summary>
public static partial class LinkPageParser
{
    public static IReadOnlyList<PageLink> Parse(byte[] bytes, string? contentType)
    {
        var document = new HtmlDocument();
        document.LoadHtml(HtmlDecoder.Decode(bytes, contentType));
        var anchors = document.DocumentNode.SelectNodes("//a[@href]");
        if (anchors is null) return [];
        return anchors.Select(a => new PageLink(
                HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")).Trim(),
                Clean(a.InnerText),
                Clean(Container(a)?.InnerText ?? a.InnerText),
                CountryOf(a)))
            .ToList();
    }

    private static HtmlNode? Container(HtmlNode anchor) =>
        anchor.Ancestors().FirstOrDefault(n => n.Name is "td" or "li" or "p" or "dd");

    private static string? CountryOf(HtmlNode anchor)
    {
        var row = anchor.Ancestors("tr").FirstOrDefault();
        var firstCell = row?.Elements("td").Concat(row.Elements("th")).FirstOrDefault();
        if (firstCell is not null && !anchor.Ancestors().Contains(firstCell) && CountryNames.Find(Clean(firstCell.InnerText)) is { } fromRow) return fromRow;

        if (Container(anchor) is { } item && TextBefore(item, anchor) is { Length: > 0 } before && CountryNames.Find(before) is { } fromItem) return fromItem;

        for (var node = anchor; node is not null; node = node.PreviousSibling ?? node.ParentNode)
        {
            if (node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt" && CountryNames.Find(Clean(node.InnerText)) is { } fromHeading) return fromHeading;
        }
        return null;
    }

    /// <summary>The text of a list item up to the link ("Colombia: " in "Colombia: &lt;a&gt;…").</summary>
    private static string TextBefore(HtmlNode item, HtmlNode anchor)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in item.Descendants())
        {
            if (node == anchor) break;
            if (node.NodeType == HtmlNodeType.Text && !node.Ancestors().Contains(anchor)) text.Append(node.InnerText);
        }
        return Clean(text.ToString());
    }

    public static string Clean(string html) => Whitespace().Replace(HtmlEntity.DeEntitize(html), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text;
using LegalSearch.Indexer.Classification;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search.Comparison;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Pages;

/// <summary>"/compare" and "/offences": how each country words one offence, side by side; the list of offences.</summary>
public static class ComparePage
{
    public static string Render(ComparisonResponse comparison)
    {
        var body = new StringBuilder();
        body.Append($"<h1>{HtmlText.Encode(comparison.Labels[LanguageRegistry.Interface])}</h1>");
        body.Append($"<p class=\"meta\">{HtmlText.Encode(string.Join(" · ", comparison.Labels.Where(l => l.Key != LanguageRegistry.Interface).Select(l => l.Value)))} — {comparison.Rows.Count} countries</p>");
        body.Append("<div class=\"compare\">");
        foreach (var row in comparison.Rows)
        {
            body.Append($"<section class=\"column\" data-country=\"{HtmlText.Encode(row.Country)}\"><h2>{HtmlText.Encode(row.Country)}</h2>");
            body.Append($"<a href=\"{HtmlText.Encode(row.Url)}\">{HtmlText.Encode(row.Citation)}</a>");
            if (row.Heading is not null) body.Append($"<div class=\"heading\">{HtmlText.Encode(row.Heading)}</div>");
            foreach (var paragraph in ParagraphLayout.Paragraphs(row.Text))
            {
                body.Append($"<p>{HtmlText.Encode(paragraph)}</p>");
            }
            if (row.OtherProvisions.Count > 0) body.Append($"<div class=\"meta\">{row.OtherProvisions.Count} more provisions in {HtmlText.Encode(row.Country)}</div>");
            body.Append("</section>");
        }
        body.Append("</div>");
        return PageLayout.Render($"Compare: {comparison.Labels[LanguageRegistry.Interface]}", body.ToString());
    }

    /// <summary>The label columns of the offence table: the interface language, then the others in registry order.</summary>
    private static IEnumerable<string> OfferedLanguages => OffenceCatalog.All[0].Labels.Keys;

    public static string RenderOffences()
    {
        var body = new StringBuilder("<h1>Offences and powers (Budapest Convention)</h1><table class=\"offences\"><thead><tr><th>Code</th>");
        body.Append($"<th>{HtmlText.Encode(CitationStyle.ArticleColumn)}</th>");
        foreach (var language in OfferedLanguages) body.Append($"<th>{HtmlText.Encode(language)}</th>");
        body.Append("<th></th></tr></thead><tbody>");
        foreach (var offence in OffenceCatalog.All)
        {
            body.Append($"<tr><td><code>{HtmlText.Encode(offence.Code)}</code></td><td>{HtmlText.Encode(offence.Articles)}</td>");
            foreach (var language in OfferedLanguages) body.Append($"<td>{HtmlText.Encode(offence.Labels.GetValueOrDefault(language, ""))}</td>");
            body.Append($"<td><a href=\"/compare?offence={Uri.EscapeDataString(offence.Code)}\">compare</a></td></tr>");
        }
        body.Append("</tbody></table>");
        return PageLayout.Render("Offences", body.ToString());
    }
}

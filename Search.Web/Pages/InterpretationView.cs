using System.Text;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Pages;

/// <summary>"How we read your query", under the search box: the interpretation, and each part of the query with a link that searches again without it.</summary>
public static class InterpretationView
{
    public static string Render(QueryTree tree, string interpretation, IQueryCollection query)
    {
        var html = new StringBuilder("<section class=\"interpretation\" aria-label=\"How we read your query\">");
        html.Append($"<p><strong>How we read your query:</strong> {HtmlText.Encode(interpretation)} <a href=\"/help\">query help</a></p>");
        var parts = QueryInterpretation.Parts(tree);
        if (parts.Count > 1)
        {
            html.Append("<ul class=\"parts\">");
            foreach (var part in parts)
            {
                var without = QueryInterpretation.Without(tree, part);
                html.Append($"<li><span class=\"part\">{HtmlText.Encode(QueryInterpretation.Describe(part))}</span> ");
                html.Append($"<a class=\"remove\" href=\"{HtmlText.Encode(SearchUrl(query, without))}\" title=\"Search again without this part\">remove</a></li>");
            }
            html.Append("</ul>");
        }
        return html.Append("</section>").ToString();
    }

    /// <summary>The same search (filters kept, first page) with another query text.</summary>
    private static string SearchUrl(IQueryCollection query, string q)
    {
        var pairs = query.Where(kv => kv.Key is not ("q" or "page")).SelectMany(kv => kv.Value.Select(v => (Key: kv.Key, Value: v ?? "")));
        return "/search?" + string.Join("&", pairs.Prepend((Key: "q", Value: q)).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }
}

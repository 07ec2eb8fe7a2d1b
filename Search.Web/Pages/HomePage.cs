using System.Text;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Pages;

/// <summary>"/": the search box and the list of statutes by country.</summary>
public static class HomePage
{
    public static string Render(IReadOnlyList<StatuteSummary> statutes)
    {
        var body = new StringBuilder();
        body.Append($"<h1>Search {statutes.Count} statutes</h1>");
        body.Append("<p class=\"lead\">Cybercrime and related legislation of the Americas and the Budapest Convention, one provision per result.</p>");
        foreach (var country in statutes.GroupBy(s => s.Country))
        {
            body.Append($"<section class=\"country\"><h2>{HtmlText.Encode(country.Key)}</h2><ul>");
            foreach (var statute in country)
            {
                body.Append($"<li><a href=\"/statutes/{Uri.EscapeDataString(statute.Id)}\">{HtmlText.Encode(statute.Title)}</a> ")
                    .Append($"<span class=\"meta\">{statute.Year} · {HtmlText.Encode(statute.Language)} · {statute.Provisions} provisions</span></li>");
            }
            body.Append("</ul></section>");
        }
        return PageLayout.Render("Search statutes", body.ToString());
    }
}

using System.Text;
using LegalSearch.Web.Html;

namespace LegalSearch.Web.Pages;

/// <summary>"/help": every form of the query language with an example that runs over the corpus, in the UI language.</summary>
public static class HelpPage
{
    public static string Render(string language)
    {
        var body = new StringBuilder($"<article class=\"help-page\" lang=\"{HtmlText.Encode(language)}\"><h1>{HtmlText.Encode(HelpContent.Heading[language])}</h1>");
        body.Append($"<p>{HtmlText.Encode(HelpContent.Intro[language])}</p>");
        body.Append("<nav><ul>");
        foreach (var section in HelpContent.Sections) body.Append($"<li><a href=\"#{section.Anchor}\">{HtmlText.Encode(section.Title[language])}</a></li>");
        body.Append("</ul></nav>");
        foreach (var section in HelpContent.Sections)
        {
            body.Append($"<section id=\"{section.Anchor}\"><h2>{HtmlText.Encode(section.Title[language])}</h2><table>");
            body.Append($"<tr><th>{HtmlText.Encode(HelpContent.ExampleColumn[language])}</th><th>{HtmlText.Encode(HelpContent.MeaningColumn[language])}</th></tr>");
            foreach (var form in section.Forms)
            {
                var href = $"/search?q={Uri.EscapeDataString(form.Example)}";
                body.Append($"<tr><td><a href=\"{HtmlText.Encode(href)}\"><code>{HtmlText.Encode(form.Example)}</code></a></td><td>{HtmlText.Encode(form.Meaning[language])}</td></tr>");
            }
            body.Append("</table></section>");
        }
        body.Append("</article>");
        return PageLayout.Render(HelpContent.Heading[language], body.ToString());
    }
}

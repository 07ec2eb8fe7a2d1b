using System.Text;
using LegalSearch.Web.Html;
using LegalSearch.Web.Localization;

namespace LegalSearch.Web.Pages;

/// <summary>"/help": every form of the query language with an example that runs over the corpus, in the UI language.</summary>
public static class HelpPage
{
    public static string Render(string language)
    {
        string Text(string key) => HtmlText.Encode(UiText.Get(key, language));
        var body = new StringBuilder($"<article class=\"help-page\" lang=\"{HtmlText.Encode(language)}\"><h1>{Text("help.heading")}</h1>");
        body.Append($"<p>{Text("help.intro")}</p><nav><ul>");
        foreach (var section in HelpContent.Sections) body.Append($"<li><a href=\"#{section.Anchor}\">{Text($"help.section.{section.Anchor}")}</a></li>");
        body.Append("</ul></nav>");
        foreach (var section in HelpContent.Sections)
        {
            body.Append($"<section id=\"{section.Anchor}\"><h2>{Text($"help.section.{section.Anchor}")}</h2><table>");
            body.Append($"<tr><th>{Text("help.exampleColumn")}</th><th>{Text("help.meaningColumn")}</th></tr>");
            foreach (var form in section.Forms)
            {
                var example = HelpContent.Example(form);
                var href = $"/search?q={Uri.EscapeDataString(example)}";
                body.Append($"<tr><td><a href=\"{HtmlText.Encode(href)}\"><code>{HtmlText.Encode(example)}</code></a></td><td>{Text($"help.form.{form}.meaning")}</td></tr>");
            }
            body.Append("</table></section>");
        }
        body.Append("</article>");
        return PageLayout.Render(UiText.Get("help.heading", language), body.ToString());
    }
}

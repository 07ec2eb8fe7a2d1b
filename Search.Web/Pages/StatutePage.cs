using System.Text;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Pages;

/// <summary>"/statutes/{id}": table of contents and full text, each provision anchored #art-{slug} with citation and permalink.</summary>
public static class StatutePage
{
    public static string Render(StatuteView statute)
    {
        var body = new StringBuilder();
        body.Append($"<article class=\"statute\"><h1>{HtmlText.Encode(statute.Title)}</h1>");
        body.Append("<p class=\"meta\">");
        if (statute.LawNumber is not null) body.Append($"{HtmlText.Encode(statute.LawNumber)} · ");
        var first = statute.Provisions[0];
        body.Append($"{HtmlText.Encode(first.CountryName)} ({HtmlText.Encode(statute.Country)}) · {HtmlText.Encode(statute.Language)}");
        if (first.Enacted is { } enacted) body.Append($" · enacted {HtmlText.Encode(enacted)}");
        if (first.AsOf is { } asOf) body.Append($" · as of {HtmlText.Encode(asOf)}");
        body.Append($" · {statute.Provisions.Count} provisions");
        if (statute.Ocr) body.Append(" · <span class=\"badge ocr\">OCR</span>");
        body.Append("</p><p class=\"meta\">Source: ");
        body.Append(statute.SourceUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"<a href=\"{HtmlText.Encode(url)}\" rel=\"noopener\">{HtmlText.Encode(url)}</a> (file {HtmlText.Encode(statute.Source)})"
            : HtmlText.Encode(statute.Source));
        if (first.EditionDescription is { } edition) body.Append($" · {HtmlText.Encode(edition)}");
        body.Append("</p>");

        body.Append("<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol>");
        foreach (var provision in statute.Provisions)
        {
            body.Append($"<li><a href=\"#{provision.Anchor}\">{HtmlText.Encode(Label(provision))}</a>");
            if (provision.Heading is not null) body.Append($" {HtmlText.Encode(provision.Heading)}");
            body.Append("</li>");
        }
        body.Append("</ol></nav>");

        foreach (var provision in statute.Provisions) AppendProvision(body, provision);
        body.Append("</article>");
        return PageLayout.Render(statute.Title, body.ToString());
    }

    private static void AppendProvision(StringBuilder body, ProvisionView provision)
    {
        body.Append($"<section class=\"provision\" id=\"{provision.Anchor}\">");
        if (provision.Path.Count > 0) body.Append($"<div class=\"path\">{HtmlText.Encode(string.Join(" › ", provision.Path))}</div>");
        foreach (var division in provision.Divisions.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            body.Append($"<div class=\"division\">{HtmlText.Encode(division)}</div>");
        }
        body.Append($"<h2>{HtmlText.Encode(Label(provision))}");
        if (provision.Heading is not null) body.Append($" <span class=\"heading\">{HtmlText.Encode(provision.Heading)}</span>");
        body.Append("</h2><div class=\"cite\">");
        body.Append($"<span class=\"citation\">{HtmlText.Encode(provision.Citation)}</span>");
        body.Append($" <a class=\"permalink\" href=\"{HtmlText.Encode(provision.Url)}\" title=\"Permalink\">¶ permalink</a>");
        body.Append($" <button type=\"button\" class=\"copy\" data-citation=\"{HtmlText.Encode(provision.Citation)}\" onclick=\"navigator.clipboard.writeText(this.dataset.citation)\">copy citation</button>");
        foreach (var offence in provision.Offences) body.Append($" <span class=\"badge offence\">{HtmlText.Encode(offence)}</span>");
        body.Append("</div>");
        foreach (var paragraph in ParagraphLayout.Paragraphs(provision.Text))
        {
            body.Append($"<p>{HtmlText.Encode(paragraph)}</p>");
        }
        if (provision.Notes.Length > 0)
        {
            body.Append("<details class=\"notes\"><summary>Notes</summary>");
            foreach (var note in ParagraphLayout.Paragraphs(provision.Notes)) body.Append($"<p>{HtmlText.Encode(note)}</p>");
            body.Append("</details>");
        }
        body.Append("</section>");
    }

    private static string Label(ProvisionView provision)
    {
        var label = provision.Kind == ProvisionKinds.Article ? CitationStyle.ProvisionLabel(provision.Article) : provision.Article;
        return provision.Edition == Editions.Current ? label : $"{label} ({provision.Edition})";
    }
}

using System.Text;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search;

namespace LegalSearch.Web.Pages;

/// <summary>"/search": ranked hits with highlighted snippets, facets as filter links, pagination.</summary>
public static class SearchPage
{
    private static readonly Dictionary<string, string> FacetParameters = new()
    {
        ["country"] = "country", ["language"] = "lang", ["offence"] = "offence", ["year"] = "year",
    };

    public static string Render(SearchRequest request, SearchResponse response, IQueryCollection query)
    {
        var body = new StringBuilder();
        body.Append("<div class=\"results-layout\"><aside class=\"facets\">");
        foreach (var (facet, values) in response.Facets)
        {
            if (values.Count == 0) continue;
            var parameter = FacetParameters[facet];
            body.Append($"<h3>{HtmlText.Encode(facet)}</h3><ul>");
            foreach (var (value, count) in values.Take(20))
            {
                body.Append($"<li><a href=\"{HtmlText.Encode(WithParameter(query, parameter, value))}\">{HtmlText.Encode(value)}</a> <span class=\"count\">{count}</span></li>");
            }
            body.Append("</ul>");
        }
        body.Append("</aside><section class=\"results\">");
        body.Append($"<p class=\"summary\">{response.Total} provisions for <q>{HtmlText.Encode(response.Query)}</q>{ActiveFilters(request)} · {response.TookMs} ms</p>");
        AppendExpansions(body, response.Expansions);
        body.Append("<ol class=\"hits\" start=\"").Append((request.Page - 1) * request.Size + 1).Append("\">");
        foreach (var hit in response.Hits) AppendHit(body, hit);
        body.Append("</ol>");
        AppendPager(body, request, response, query);
        body.Append("</section></div>");
        return PageLayout.Render($"{response.Query}", body.ToString(), response.Query);
    }

    private static void AppendHit(StringBuilder body, SearchHit hit)
    {
        body.Append("<li class=\"hit\">");
        body.Append($"<a class=\"hit-title\" href=\"{HtmlText.Encode(hit.Url)}\">{HtmlText.Encode(hit.Title)} — {HtmlText.Encode(hit.Article)}</a>");
        if (hit.Heading is not null) body.Append($" <span class=\"heading\">{HtmlText.Encode(hit.Heading)}</span>");
        body.Append($"<div class=\"badges\"><span class=\"badge country\">{HtmlText.Encode(hit.Country)}</span><span class=\"badge\">{HtmlText.Encode(hit.Language)}</span>");
        if (hit.Year is int year) body.Append($"<span class=\"badge\">{year}</span>");
        if (hit.Ocr) body.Append("<span class=\"badge ocr\" title=\"Text recognised by OCR from a scan\">OCR</span>");
        foreach (var offence in hit.Offences) body.Append($"<span class=\"badge offence\">{HtmlText.Encode(offence)}</span>");
        body.Append("</div>");
        if (hit.Path.Count > 0) body.Append($"<div class=\"path\">{HtmlText.Encode(string.Join(" › ", hit.Path))}</div>");
        body.Append($"<p class=\"snippet\">{hit.Snippet}</p>");
        if (hit.MatchedVia.Count > 0) body.Append($"<div class=\"via\">matched via: {HtmlText.Encode(string.Join(", ", hit.MatchedVia))}</div>");
        if (hit.Editions.Count > 0)
        {
            var editions = hit.Editions.Select(e => $"<a href=\"{HtmlText.Encode(EditionUrl(e.Id))}\">{HtmlText.Encode(EditionLabel(e))}</a>");
            body.Append($"<div class=\"editions\">also in: {string.Join(" · ", editions)}</div>");
        }
        body.Append($"<div class=\"source\">source: {HtmlText.Encode(hit.Source)}</div></li>");
    }

    /// <summary>"also searched: es robo de identidad · pt roubo de identidade" — what translation and the lexicon added, per language.</summary>
    private static void AppendExpansions(StringBuilder body, IReadOnlyList<Expansion> expansions)
    {
        if (expansions.Count == 0) return;
        var items = expansions.GroupBy(e => e.Language)
            .Select(g => $"<span class=\"expansion\"><span class=\"badge\">{HtmlText.Encode(g.Key)}</span> {HtmlText.Encode(string.Join(", ", g.Select(e => e.Text).Distinct()))}</span>");
        body.Append($"<p class=\"also-searched\">also searched: {string.Join(" · ", items)}</p>");
    }

    /// <summary>"EN (PDF)": the edition's language and, when its source is a file, the file's format.</summary>
    private static string EditionLabel(LegalSearch.Web.Search.Backend.Edition edition)
    {
        var extension = Path.GetExtension(edition.Source).TrimStart('.').ToUpperInvariant();
        var format = extension is "PDF" or "HTML" or "HTM" or "XML" or "MD" ? $" ({extension})" : "";
        return edition.Language.ToUpperInvariant() + format;
    }

    private static string EditionUrl(string provisionId)
    {
        var slash = provisionId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? $"/statutes/{Uri.EscapeDataString(provisionId)}" : $"/statutes/{Uri.EscapeDataString(provisionId[..slash])}#{provisionId[(slash + 1)..]}";
    }

    private static void AppendPager(StringBuilder body, SearchRequest request, SearchResponse response, IQueryCollection query)
    {
        var pages = (response.Total + request.Size - 1) / request.Size;
        body.Append("<nav class=\"pager\">");
        if (request.Page > 1) body.Append($"<a rel=\"prev\" href=\"{HtmlText.Encode(WithPage(query, request.Page - 1))}\">← previous</a>");
        if (pages > 1) body.Append($"<span>page {request.Page} of {pages}</span>");
        if (request.Page < pages && request.Page * request.Size < 10_000) body.Append($"<a rel=\"next\" href=\"{HtmlText.Encode(WithPage(query, request.Page + 1))}\">next →</a>");
        body.Append("</nav>");
    }

    private static string ActiveFilters(SearchRequest request)
    {
        var filters = request.Countries.Concat(request.Languages).Concat(request.Offences).Concat(request.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return filters.Count == 0 ? "" : $" in {HtmlText.Encode(string.Join(", ", filters))} <a href=\"/search?q={Uri.EscapeDataString(request.Query)}\">clear filters</a>";
    }

    private static string WithParameter(IQueryCollection query, string key, string value)
    {
        var pairs = PairsWithoutPage(query).ToList();
        if (!pairs.Contains((key, value))) pairs.Add((key, value));
        return ToSearchUrl(pairs);
    }

    private static string WithPage(IQueryCollection query, int page) =>
        ToSearchUrl(PairsWithoutPage(query).Append(("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static IEnumerable<(string Key, string Value)> PairsWithoutPage(IQueryCollection query) =>
        query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => (kv.Key, v ?? "")));

    private static string ToSearchUrl(IEnumerable<(string Key, string Value)> pairs) =>
        "/search?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}

using LegalSearch.Web.Html;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Pages;

/// <summary>A query syntax error on the page: the message in the UI language, the query with the faulty part marked, a link to the help on that form.</summary>
public static class QueryErrorView
{
    public static string Render(string query, QueryError error)
    {
        var start = Math.Clamp(error.Position, 0, query.Length);
        var end = Math.Clamp(error.Position + Math.Max(error.Length, 1), start, query.Length);
        var message = QueryErrorMessages.Format(error, UiLanguage.Current);
        return $"<div class=\"query-error\" role=\"alert\"><p class=\"error\">{HtmlText.Encode(message)}</p>" +
               $"<p><code>{HtmlText.Encode(query[..start])}<mark class=\"error-at\">{HtmlText.Encode(query[start..end])}</mark>{HtmlText.Encode(query[end..])}</code></p>" +
               $"<p><a href=\"{HtmlText.Encode(Endpoints.BadRequestExceptionHandler.HelpLink(error))}\">How to write a query</a></p></div>";
    }
}

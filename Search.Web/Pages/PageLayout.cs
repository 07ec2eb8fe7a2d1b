using LegalSearch.Web.Html;

namespace LegalSearch.Web.Pages;

/// <summary>The page frame shared by every HTML page: head, header with the search box, main content.</summary>
public static class PageLayout
{
    public static string Render(string title, string body, string query = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{HtmlText.Encode(title)}} — LegalSearch</title>
        <link rel="stylesheet" href="/site.css">
        </head>
        <body>
        <header class="top">
          <a class="brand" href="/">LegalSearch</a> <a href="/offences">offences</a>
          <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="{{HtmlText.Encode(query)}}" placeholder="acceso abusivo, invasão de dispositivo, &quot;illegal access&quot;…" aria-label="Search statutes" required>
            <button type="submit">Search</button>
          </form>
          <a class="help" href="/help">query help</a>
        </header>
        <main>
        {{body}}
        </main>
        <footer>Statutes indexed from official sources; always check the official text.</footer>
        </body>
        </html>
        """;

    public static IResult Html(string html, int statusCode = 200) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Web.Pages;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>/help, "How we read your query" and syntax errors on the search page, over the shared-corpus index.</summary>
public sealed class QueryLanguagePageTests : CorpusWebTest
{
    [TestCase("en", "How to write a query")]
    [TestCase("es", "Cómo escribir una consulta")]
    [TestCase("pt", "Como escrever uma consulta")]
    [TestCase("fr", "Comment écrire une requête")]
    public async Task Help_is_in_the_ui_language_by_parameter_and_by_accept_language(string language, string heading)
    {
        var byParameter = await Client.GetStringAsync($"/help?ui={language}");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/help");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var byHeader = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.That(byParameter, Does.Contain(heading));
        Assert.That(byHeader, Does.Contain(heading));
    }

    [Test]
    public async Task Help_has_a_section_for_every_error_and_every_example_runs()
    {
        var html = await Client.GetStringAsync("/help");

        foreach (var kind in Enum.GetValues<QueryErrorKind>())
        {
            Assert.That(html, Does.Contain($"id=\"{new QueryError(kind, 0, 0, []).HelpAnchor}\""), kind.ToString());
        }
        foreach (var example in HelpContent.Sections.Where(s => s.Anchor != "limits").SelectMany(s => s.Forms).Select(HelpContent.Example))
        {
            var response = await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(example)}&size=1");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), example);
            if (!example.StartsWith("notes:", StringComparison.Ordinal))
            {
                Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32(), Is.GreaterThan(0), example);
            }
        }
    }

    [Test]
    public void Every_ui_language_has_every_text()
    {
        Assert.That(LegalSearch.Web.Localization.UiText.Languages, Is.EquivalentTo(new[] { "en", "es", "pt", "fr" }));
        var keys = Enum.GetValues<QueryErrorKind>().Select(k => new QueryError(k, 0, 0, []).MessageKey)
            .Concat(HelpContent.Sections.SelectMany(s => s.Forms.Select(f => $"help.form.{f}.meaning")).Append("query.position"));
        foreach (var language in LegalSearch.Web.Localization.UiText.Languages.Skip(1))
        {
            foreach (var key in keys)
            {
                Assert.That(LegalSearch.Web.Localization.UiText.Get(key, language), Is.Not.EqualTo(LegalSearch.Web.Localization.UiText.Get(key, "en")), $"{language} {key}");
            }
        }
    }

    [Test]
    public async Task The_search_page_says_how_it_read_the_query_and_each_part_can_be_removed()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("acceso NEAR/5 sistema country:CO -abusivo") + "&lang=es&ui=en");

        Assert.That(html, Does.Contain("How we read your query"));
        Assert.That(html, Does.Contain("acceso within 5 words of sistema"));
        Assert.That(html, Does.Contain("href=\"/search?q=acceso%20NEAR%2F5%20sistema%20country%3ACO&amp;lang=es\""), "removing the exclusion keeps the rest and the filters");
        Assert.That(html, Does.Contain("href=\"/help\""));
    }

    [Test]
    public async Task A_hit_opens_the_statute_page_with_what_matched_marked()
    {
        var results = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("acceso /s autorización") + "&country=CO");
        var link = System.Text.RegularExpressions.Regex.Match(results, "href=\"(/statutes/co-ley-1273-2009\\?q=[^\"]*#art-269a)\"");
        Assert.That(link.Success, "the hit links to the statute page with the query");

        var html = await Client.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
        var article = html[html.IndexOf("id=\"art-269a\"", StringComparison.Ordinal)..];
        article = article[..article.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.That(article, Does.Contain("<mark>ACCESO</mark>").And.Contain("<mark>autorización</mark>"));
        var plain = await Client.GetStringAsync("/statutes/co-ley-1273-2009");
        Assert.That(plain, Does.Not.Contain("<mark>"));
    }

    [Test]
    public async Task A_syntax_error_on_the_page_marks_where_and_links_to_help()
    {
        var response = await Client.GetAsync("/search?q=" + Uri.EscapeDataString("acceso foo:bar") + "&ui=fr");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("Le champ « foo » n’existe pas"));
        Assert.That(html, Does.Contain("<code>acceso <mark class=\"error-at\">foo:</mark>bar</code>"));
        Assert.That(html, Does.Contain("href=\"/help#fields\""));
    }
}

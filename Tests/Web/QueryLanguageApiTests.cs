using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>The query language through GET /api/search over the shared-corpus index: each form, what it finds, what it marks, how it fails.</summary>
public sealed partial class QueryLanguageApiTests : CorpusWebTest
{
    private const string Colombia269A = "co-ley-1273-2009/art-269a";

    [TestCase("acceso NEAR/5 sistema", "acceso", "sistema")]
    [TestCase("acceso w/5 sistema", "acceso", "sistema")]
    [TestCase("acceso /s autorización", "acceso", "autorización")]
    [TestCase("\"acceso sistema\"~5", "acceso", "sistema")]
    public async Task Proximity_forms_find_Colombia_269A_with_both_words_marked(string q, string first, string second)
    {
        var hits = await Hits(q, 100);

        var hit = hits.FirstOrDefault(h => h.GetProperty("id").GetString() == Colombia269A);
        Assert.That(hit.ValueKind, Is.EqualTo(JsonValueKind.Object), string.Join(", ", hits.Select(h => h.GetProperty("id").GetString())));
        var marked = Marked(hit.GetProperty("snippet").GetString()!);
        Assert.That(marked, Does.Contain(first).And.Contain(second), hit.GetProperty("snippet").GetString());
    }

    [Test]
    public async Task Proximity_marks_only_the_words_that_lie_near_each_other()
    {
        var hits = await Hits("acceso NEAR/2 sistema", 50);

        Assert.That(hits, Is.Not.Empty);
        foreach (var hit in hits)
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            foreach (Match mark in MarkPattern().Matches(snippet))
            {
                var around = snippet.Substring(Math.Max(0, mark.Index - 80), Math.Min(snippet.Length, mark.Index + 80) - Math.Max(0, mark.Index - 80));
                Assert.That(MarkPattern().Matches(around).Count, Is.GreaterThanOrEqualTo(2), $"{hit.GetProperty("id")}: a lone mark in {snippet}");
            }
        }
    }

    [Test]
    public async Task Same_sentence_is_narrower_than_same_paragraph_which_is_narrower_than_anywhere()
    {
        var sentence = await Search("acceso /s sistema", 100);
        var paragraph = await Search("acceso /p sistema", 100);
        var both = await Search("acceso AND sistema", 100);

        int Total(JsonElement result) => result.GetProperty("total").GetInt32();
        Assert.That(Total(sentence), Is.GreaterThan(0).And.LessThan(Total(paragraph)));
        Assert.That(Total(paragraph), Is.LessThan(Total(both)));
        Assert.That(Hits(paragraph).Select(Id), Is.SupersetOf(Hits(sentence).Select(Id)), "every same-sentence hit is a same-paragraph hit");
    }

    [Test]
    public async Task Ordered_proximity_is_a_subset_of_unordered()
    {
        var before = await Ids("sistema PRE/5 informático");
        var near = await Ids("sistema NEAR/5 informático");

        Assert.That(before, Is.Not.Empty);
        Assert.That(near, Is.SupersetOf(before));
    }

    [Test]
    public async Task A_prefix_is_folded_like_the_index()
    {
        var accented = await Search("informát*");
        var plain = await Search("informat*");

        Assert.That(accented.GetProperty("total").GetInt32(), Is.EqualTo(plain.GetProperty("total").GetInt32()).And.GreaterThan(0));
    }

    [Test]
    public async Task An_excluded_word_is_in_no_hit_even_through_expansion()
    {
        var hits = await Hits("acceso -abusivo", 100);

        Assert.That(hits, Is.Not.Empty);
        foreach (var hit in hits)
        {
            var provision = await Client.GetFromJsonAsync<JsonElement>($"/api/provisions/{hit.GetProperty("statuteId").GetString()}/{hit.GetProperty("url").GetString()!.Split("#art-")[1]}");
            var text = $"{provision.GetProperty("heading")} {provision.GetProperty("text").GetString()}";
            Assert.That(text, Does.Not.Contain("abusivo").IgnoreCase, hit.GetProperty("id").GetString());
        }
    }

    [Test]
    public async Task A_country_field_returns_only_that_country()
    {
        var result = await Search("country:CO acceso", 100);

        Assert.That(result.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        Assert.That(result.GetProperty("facets").GetProperty("country").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "CO" }));
        Assert.That(Hits(result).Select(h => h.GetProperty("country").GetString()), Is.All.EqualTo("CO"));
    }

    [Test]
    public async Task An_article_field_returns_Colombias_269A_first()
    {
        var hits = await Hits("art:269A", 10);

        Assert.That(hits[0].GetProperty("id").GetString(), Is.EqualTo(Colombia269A), string.Join(", ", hits.Select(h => h.GetProperty("id").GetString())));
        Assert.That(hits.Select(h => h.GetProperty("article").GetString()), Is.All.EqualTo("269A"));
    }

    [Test]
    public async Task A_year_range_narrows_to_those_years()
    {
        var result = await Search("year:2009..2012", 100);
        var narrowed = await Search("acceso year:2009");
        var all = await Search("acceso");

        Assert.That(result.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        Assert.That(result.GetProperty("facets").GetProperty("year").EnumerateObject().Select(p => int.Parse(p.Name)), Is.All.InRange(2009, 2012));
        Assert.That(Hits(result).Select(h => h.GetProperty("year").GetInt32()), Is.All.InRange(2009, 2012));
        Assert.That(narrowed.GetProperty("total").GetInt32(), Is.LessThan(all.GetProperty("total").GetInt32()).And.GreaterThan(0));
        Assert.That(Hits(narrowed).Select(h => h.GetProperty("year").GetInt32()), Is.All.EqualTo(2009));
    }

    [Test]
    public async Task Bare_words_rank_provisions_with_all_of_them_first_and_say_so()
    {
        var ranked = await Search("acceso abusivo", 100);
        var all = await Ids("acceso AND abusivo");

        Assert.That(ranked.GetProperty("interpretation").GetString(), Does.Contain("all of these first"));
        Assert.That(ranked.GetProperty("total").GetInt32(), Is.GreaterThan(all.Count));
        var head = Hits(ranked).Take(Math.Min(all.Count, 10)).Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.That(all, Is.SupersetOf(head));
    }

    [TestCase("Decreto 999/1992")]
    [TestCase("and/or")]
    [TestCase("a~2 b~2")]
    [TestCase("acceso^2 a")]
    [TestCase("acceso NEAR sistema")]
    [TestCase("heading:acceso")]
    [TestCase("notes:acceso")]
    [TestCase("statute:co-ley-1273-2009 sistema")]
    [TestCase("offence:illegal-access lang:es")]
    [TestCase("inform?tico")]
    public async Task Citations_and_every_field_and_form_are_answered(string q)
    {
        var response = await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Near_without_a_number_is_a_connector_not_a_word()
    {
        var result = await Search("acceso NEAR sistema");

        Assert.That(result.GetProperty("interpretation").GetString()!.Split(" · also searched: ")[0], Is.EqualTo("acceso within 10 words of sistema"));
    }

    [TestCase("foo:bar", "query.unknownField", 0)]
    [TestCase("acceso country:Colombia", "query.invalidFieldValue", 15)]
    [TestCase("/[ac]*a[ac]{16}/", "query.regularExpression", 0)]
    [TestCase("*formático", "query.leadingWildcard", 0)]
    [TestCase("\"unbalanced", "query.unterminatedPhrase", 0)]
    [TestCase("AND OR (", "query.missingOperand", 0)]
    [TestCase("(acceso", "query.unclosedGroup", 0)]
    [TestCase("acceso NEAR/x sistema", "query.invalidDistance", 7)]
    [TestCase("acceso /x sistema", "query.unknownConnector", 7)]
    [TestCase("-abusivo", "query.onlyExclusions", 0)]
    public async Task Syntax_errors_are_problem_documents_with_position_and_help(string q, string code, int position)
    {
        var response = await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(problem.GetProperty("position").GetInt32(), Is.EqualTo(position));
        Assert.That(problem.GetProperty("help").GetString(), Does.StartWith("/help#"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain($"{position + 1}"));
    }

    [Test]
    public async Task Length_and_clause_limits_are_problem_documents_that_say_so()
    {
        var response = await Client.GetAsync($"/api/search?q={new string('a', 2001)}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("query.tooLong"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("2000"));
    }

    [Test]
    public async Task Error_messages_follow_the_ui_language()
    {
        var spanish = await (await Client.GetAsync("/api/search?q=foo%3Abar&ui=es")).Content.ReadFromJsonAsync<JsonElement>();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=foo%3Abar");
        request.Headers.AcceptLanguage.ParseAdd("pt-BR");
        var portuguese = await (await Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(spanish.GetProperty("detail").GetString(), Does.Contain("No existe el campo"));
        Assert.That(portuguese.GetProperty("detail").GetString(), Does.Contain("Não existe o campo"));
    }

    private static string Id(JsonElement hit) => hit.GetProperty("id").GetString()!;

    private static List<string> Marked(string snippet) =>
        [.. MarkPattern().Matches(snippet).Select(m => m.Groups[1].Value.ToLowerInvariant())];

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();

    private async Task<HashSet<string>> Ids(string q) =>
        [.. Hits(await Search(q, 100)).Select(h => h.GetProperty("id").GetString()!)];

    private async Task<List<JsonElement>> Hits(string q, int size) => Hits(await Search(q, size));

    private static List<JsonElement> Hits(JsonElement result) => [.. result.GetProperty("hits").EnumerateArray()];

    private async Task<JsonElement> Search(string q, int size = 10)
    {
        var response = await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}&size={size}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

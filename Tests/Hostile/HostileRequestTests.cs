using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalSearch.Tests.Hostile;

/// <summary>The requests of issue 16 that answered 500 or cost seconds, one by one, through the real app on the corpus index.</summary>
public sealed class HostileRequestTests : CorpusWebTest
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["RateLimit:Enabled"] = "false" };

    [TestCase("/[/")]
    [TestCase("/(((/")]
    [TestCase("/a|/")]
    [TestCase("/[ac]*a[ac]{16}/")]
    public async Task A_regular_expression_is_a_400_problem_that_says_why(string query)
    {
        var problem = await Problem($"/api/search?q={Uri.EscapeDataString(query)}", HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("regular expression").IgnoreCase);
    }

    /// <summary>Refused (400 with a reason) or answered within the search budget; never a 500 (a range was TooManyClauses in the highlighter).</summary>
    [TestCase("acceso [a TO z]")]
    [TestCase("acceso {a TO z}")]
    [TestCase("*ceso")]
    [TestCase("acceso~")]
    [TestCase("a* b* c* d* e*")]
    public async Task A_costly_form_is_refused_or_bounded(string query)
    {
        using var response = await Client.GetAsync($"/api/search?size=100&q={Uri.EscapeDataString(query)}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        if (response.StatusCode == HttpStatusCode.BadRequest) Assert.That(body.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task More_than_a_thousand_year_values_is_a_400_problem()
    {
        var years = string.Join("&", Enumerable.Range(1000, 1_100).Select(y => $"year={y}"));

        var problem = await Problem($"/api/search?q=acceso&{years}", HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("at most 100"));
    }

    [Test]
    public async Task A_bad_query_on_the_site_is_a_readable_400_page_with_the_message_encoded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=" + Uri.EscapeDataString("<b>x</b> /[/"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("class=\"error\"").And.Contain("egular expression").And.Contain("&lt;b&gt;x&lt;/b&gt;").And.Not.Contain("<b>x</b>"));
    }

    [Test]
    public async Task An_unknown_path_is_a_404_problem_not_an_empty_body()
    {
        await Problem("/api/nothing-here", HttpStatusCode.NotFound);
        var post = await Client.PostAsync("/api/search?q=acceso", new StringContent(""));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(post.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public void A_search_whose_client_went_away_stops()
    {
        var search = Services.GetRequiredService<SearchService>();
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.That(() => search.Search(new SearchRequest("acceso", [], [], [], [], 1, 10), gone.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private async Task<JsonElement> Problem(string target, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(target);
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>A search whose finding outruns its budget stops and says so (503): 1 ms, and a prefix matching nearly every provision.</summary>
public sealed class SearchBudgetTests : CorpusWebTest
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Limits:SearchBudgetMs"] = "1" };

    [Test]
    public async Task A_search_past_its_budget_is_a_503_problem_that_says_so()
    {
        using var response = await Client.GetAsync("/api/search?q=a*&size=100");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("1 ms budget"));
    }
}

/// <summary>One client over the rate limit gets 429 problem documents with Retry-After.</summary>
public sealed class RateLimitTests : CorpusWebTest
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimit:Burst"] = "3",
        ["RateLimit:PermitsPerSecond"] = "1",
    };

    [Test]
    public async Task Past_the_burst_a_client_gets_429_problems_with_retry_after()
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) responses.Add(await Client.GetAsync("/api/offences"));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.That(responses.Take(3).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(refused, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(refused[0].Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(refused[0].Headers.RetryAfter, Is.Not.Null);
        foreach (var response in responses) response.Dispose();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// The real server as its own process on Kestrel (127.0.0.1), started from the file-system root: it serves its CSS,
/// reads its appsettings.json, and answers over-long URLs, headers and bodies with problem documents, not Kestrel's
/// empty 414/431/413.
/// </summary>
public sealed class ServerProcessTests
{
    private WebServerProcess server = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        server = WebServerProcess.StartIn("/", CorpusIndex.Path);
        client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        server.Dispose();
    }

    [Test]
    public async Task Started_from_the_root_folder_it_serves_its_css_and_reads_its_settings()
    {
        using var css = await client.GetAsync("/site.css");

        Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
        Assert.That(await css.Content.ReadAsStringAsync(), Does.Contain(".hit"));
        // appsettings.json turns Kestrel's Server header off: its absence shows the file was read.
        Assert.That(css.Headers.Server, Is.Empty, "appsettings.json (Kestrel:AddServerHeader=false) in effect");
    }

    [TestCase(10_000, HttpStatusCode.BadRequest, "longer than")]
    [TestCase(40_000, HttpStatusCode.RequestUriTooLong, "characters")]
    public async Task An_over_long_url_is_a_problem_document(int length, HttpStatusCode status, string detail)
    {
        using var response = await client.GetAsync("/api/search?q=" + new string('a', length));

        await AssertProblem(response, status, detail);
    }

    [Test]
    public async Task Over_large_headers_are_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/offences");
        request.Headers.Add("X-Padding", new string('h', 40_000));

        using var response = await client.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers");
    }

    [Test]
    public async Task An_over_large_body_is_a_413_problem()
    {
        using var response = await client.PostAsync("/api/search?q=acceso", new ByteArrayContent(new byte[200_000]));

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(detail));
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// 2,000 generated requests (fixed seed) through the real app over the shared-corpus index: no answer is a 5xx, every
/// 4xx of the API is a problem document with a detail, every 4xx of a page a readable HTML page with the message.
/// The rate limit is off here: this is one client sending as fast as it can, on purpose.
/// </summary>
public sealed class RequestFuzzTests : CorpusWebTest
{
    private const int Seed = 16;
    private const int Requests = 2_000;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["RateLimit:Enabled"] = "false" };

    [Test, CancelAfter(120_000)]
    public async Task Generated_requests_never_answer_5xx_and_every_4xx_is_a_problem_or_an_error_page()
    {
        var fuzzer = new RequestFuzzer(Seed);
        var failures = new List<string>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var statuses = new SortedDictionary<int, int>();
        var slowest = new List<(double Ms, string Target)>();
        for (var i = 0; i < Requests; i++)
        {
            var target = fuzzer.Next();
            var started = stopwatch.Elapsed;
            var status = await Check(target, failures);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            slowest.Add(((stopwatch.Elapsed - started).TotalMilliseconds, target));
        }
        TestContext.Progress.WriteLine("slowest: " + string.Join("\n  ", slowest.OrderByDescending(s => s.Ms).Take(8).Select(s => $"{s.Ms:F0} ms {Shorten(s.Target)}")));
        TestContext.Progress.WriteLine($"{Requests} requests in {stopwatch.Elapsed.TotalSeconds:F1} s; statuses: " + string.Join(", ", statuses.Select(kv => $"{kv.Key} × {kv.Value}")));

        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
        Assert.That(statuses.Keys, Does.Contain(200).And.Contain(400), "the generator reaches both answers");
    }

    private async Task<int> Check(string target, List<string> failures)
    {
        var isPage = !target.StartsWith("/api/", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        if (isPage) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            failures.Add($"{status} for {target}: {Shorten(body)}");
        }
        else if (status >= 400 && isPage)
        {
            if (mediaType != "text/html" || !body.Contains("class=\"error\"", StringComparison.Ordinal)) failures.Add($"{status} {mediaType} page without a message for {target}");
        }
        else if (status >= 400 && !IsProblem(mediaType, body))
        {
            failures.Add($"{status} {mediaType} not a problem document for {target}: {Shorten(body)}");
        }
        return status;
    }

    private static bool IsProblem(string? mediaType, string body)
    {
        if (mediaType != "application/problem+json") return false;
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }
            && problem.RootElement.GetProperty("status").GetInt32() >= 400;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Bench.Search;

/// <summary>
/// Latency of each form of the query language over a corpus index, through the site's own search path (request
/// parsing, translation, BM25, facets, one page of 10 snippets): p50 and p99 of many runs per query, and each
/// form's p50 as a ratio to plain words measured in the same run. The refused regular expression is timed too.
/// </summary>
internal static class QueryFormsBenchmark
{
    private static readonly (string Form, string Query)[] Forms =
    [
        ("words (ranked, all first)", "acceso abusivo"),
        ("one word", "acceso"),
        ("phrase", "\"acceso abusivo\""),
        ("phrase~5", "\"acceso sistema\"~5"),
        ("NEAR/5", "acceso NEAR/5 sistema"),
        ("PRE/5", "sistema PRE/5 informático"),
        ("/s", "acceso /s autorización"),
        ("/p", "acceso /p sistema"),
        ("AND", "acceso AND sistema"),
        ("OR", "datos OR información"),
        ("NOT", "acceso -abusivo"),
        ("group NEAR", "(acceso OR ingreso) NEAR/3 sistema"),
        ("prefix", "informát*"),
        ("wildcard", "inform?tico"),
        ("fuzzy", "acesso~1"),
        ("country:", "country:CO acceso"),
        ("art:", "art:269A"),
        ("year range", "year:2009..2012 datos"),
        ("citation", "Decreto 999/1992"),
        ("regex (refused)", "/[ac]*a[ac]{16}/"),
    ];

    public static void Run(string indexPath, int rounds, TextWriter output)
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddLuceneSearchBackend(_ => indexPath)
            .AddQueryTranslation(new ConfigurationBuilder().Build())
            .AddSearchServices()
            .BuildServiceProvider();
        var search = provider.GetRequiredService<SearchService>();
        foreach (var (_, query) in Forms) Time(search, query, 5, snippets: true);

        var results = Forms.Select(f => (f.Form, f.Query, Times: Time(search, f.Query, rounds, snippets: true), Bare: Time(search, f.Query, rounds, snippets: false))).ToList();
        var baseline = Percentile(results.First(r => r.Query == "acceso").Times, 0.5);
        output.WriteLine($"{rounds} runs per query over {indexPath}; one page of 10 hits with snippets and facets");
        output.WriteLine($"{"form",-28}{"query",-38}{"p50 ms",9}{"p99 ms",9}{"p50 / one word",16}{"p50 no snippets",17}{"p99 no snippets",17}");
        foreach (var (form, query, times, bare) in results)
        {
            var p50 = Percentile(times, 0.5);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{form,-28}{query,-38}{p50,9:F2}{Percentile(times, 0.99),9:F2}{p50 / baseline,16:F2}{Percentile(bare, 0.5),17:F2}{Percentile(bare, 0.99),17:F2}"));
        }
    }

    /// <summary>Milliseconds of each run of <paramref name="query"/>; a refused query counts until its error.</summary>
    private static List<double> Time(SearchService search, string query, int rounds, bool snippets)
    {
        var parameters = new QueryCollection(new Dictionary<string, StringValues> { ["q"] = query });
        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            try
            {
                var request = SearchRequest.From(parameters);
                if (snippets) search.Search(request);
                else search.Rank(request, snippets: false);
            }
            catch (QuerySyntaxException)
            {
                // The regular expression is refused by the grammar; the time to say so is what counts.
            }
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static double Percentile(List<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

using System.Text.Json;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The count-only search of a facet across filters (<see cref="ISearchBackend.Facets"/>: the facet counter alone) gives
/// every facet's counts, value for value and in order, that the whole search of the same spec gives (ranking, window,
/// page), on the corpus index for real queries with a country and a language filter: the benchmark's filtered queries
/// and the tuning set's, each filtered by the country of its first expected provision and by its own language, specs
/// built as the search service builds them (translations, the first search's fed-back codes and notions).
/// </summary>
public sealed class FacetCountTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open() => services = new CorpusServices();

    [OneTimeTearDown]
    public void Close() => services.Dispose();

    [Test]
    public void Counting_only_gives_the_facets_the_whole_search_gives()
    {
        var compared = 0;
        var widened = 0;
        var fedBack = 0;
        foreach (var request in Requests())
        {
            var translation = services.Search.Translate(request);
            var spec = request.ToSpec(snippets: false) with { Translations = translation.Clauses, QueryLanguage = translation.SourceLanguage, Feedback = true };
            var searched = services.Backend.Search(spec);
            if (searched.FedBack.Count > 0 || searched.FedBackNotions.Count > 0) fedBack++;
            foreach (var (facet, without) in new[] { ("country", spec.Filters with { Countries = [] }), ("language", spec.Filters with { Languages = [] }) })
            {
                var counting = FacetsAcrossFilters.Counting(spec, without, searched);
                var whole = services.Backend.Search(counting).Facets;
                var counted = services.Backend.Facets(counting);
                Assert.That(Flat(counted), Is.EqualTo(Flat(whole)), $"{request.Query} ({string.Join(",", request.Countries)}, {string.Join(",", request.Languages)}) without its {facet} filter");
                compared++;
                if (Flat(whole).Count(f => f.StartsWith(facet + ":", StringComparison.Ordinal)) > Flat(searched.Facets).Count(f => f.StartsWith(facet + ":", StringComparison.Ordinal))) widened++;
            }
        }
        TestContext.Progress.WriteLine($"facet counts: {compared} count-only searches equal to the whole search's, {widened} showing values the filter hid, {fedBack} searches with feedback");
        Assert.That(compared, Is.GreaterThanOrEqualTo(40));
        Assert.That(widened, Is.GreaterThan(compared / 2), "most counts across a filter show values the filtered search hides");
        Assert.That(fedBack, Is.GreaterThan(0), "some counted specs carry fed-back codes or notions");
    }

    /// <summary>Facet, value and count, in the order given (values by descending count).</summary>
    private static List<string> Flat(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> facets) =>
        [.. facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}:{v.Key}={v.Value}"))];

    /// <summary>The benchmark's filtered queries, then the tuning set's with its first expected provision's country and its own language.</summary>
    private static IEnumerable<SearchRequest> Requests()
    {
        using var bench = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "bench", "Search", "queries.json")));
        foreach (var query in bench.RootElement.EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "filter"))
        {
            var country = query.TryGetProperty("country", out var c) ? c.GetString()! : null;
            var language = query.TryGetProperty("lang", out var l) ? l.GetString()! : null;
            yield return new SearchRequest(query.GetProperty("q").GetString()!, country is null ? [] : [country], language is null ? [] : [language], [], [], 1, 10);
        }
        foreach (var query in EvaluationSet.Load().Take(20))
        {
            yield return new SearchRequest(query.Query, [query.Expected[0].Country], [query.Language], [], [], 1, 10);
        }
    }
}

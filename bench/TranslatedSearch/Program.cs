using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Server-side latency of translated queries, next to the same queries untranslated, in one run:
//   dotnet run --project Indexer -- index ../shared/corpus --index /tmp/corpus-index --no-ocr
//   dotnet run -c Release --project bench/TranslatedSearch -- /tmp/corpus-index [--rounds N]
// Queries: every query of Tests/Retrieval/*.json, all run once untranslated first (JIT, page cache). Translation alone
// is timed with an empty cache (every text through the warm Apertium pipelines); search times are SearchService.Search's
// own tookMs (translation, ranking, folding, snippets, presentation): what /api/search reports, without HTTP.
var indexPath = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "data/index";
var rounds = Array.IndexOf(args, "--rounds") is var r and >= 0 && r + 1 < args.Length ? int.Parse(args[r + 1], CultureInfo.InvariantCulture) : 3;
if (!Directory.Exists(indexPath))
{
    Console.Error.WriteLine($"no index at {indexPath}: build one with `dotnet run --project Indexer -- index ../shared/corpus --index {indexPath} --no-ocr`");
    return 2;
}

using var services = Services(indexPath);
if (!WarmTranslator(services))
{
    Console.Error.WriteLine("Apertium is not installed (apt-get install apertium apertium-eng-spa apertium-es-pt apertium-fr-es)");
    return 1;
}
var search = services.GetRequiredService<SearchService>();
var queries = Queries();
Console.WriteLine($"{queries.Count} queries, index {indexPath}, {rounds} rounds");

foreach (var query in queries) search.Search(Request(query, translate: false));
var plain = Measure(translate: false, rounds);
var translation = new List<double>();
foreach (var query in queries)
{
    var stopwatch = Stopwatch.StartNew();
    search.Translate(Request(query, translate: true));
    translation.Add(stopwatch.Elapsed.TotalMilliseconds);
}
var translated = Measure(translate: true, rounds);

// Each query's first translated search, as a query nobody asked before: a second set of services (a new translator
// with an empty cache, a new searcher whose per-reader and per-segment caches are empty) in this warm process; one
// search of a word outside the sets first, so the new reader's own start (catalog, segment tables) is not counted.
using var fresh = Services(indexPath);
WarmTranslator(fresh);
var freshSearch = fresh.GetRequiredService<SearchService>();
freshSearch.Search(Request("ley", translate: false));
var firstTime = queries.Select(query => freshSearch.Search(Request(query, translate: true)).TookMs).ToList();

Print("untranslated search (reference)", plain, plain);
Print("translation alone, cache empty", translation, plain);
Print("translated search, cached translations", translated, plain);
Print("translated search, each query's first", firstTime, plain);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"translated search with an empty cache, estimated p95: {Percentile(translated, 0.95) + Percentile(translation, 0.95):F1} ms (cached p95 + translation p95); measured as each query's first: {Percentile(firstTime, 0.95):F1} ms"));
return 0;

// Starts the services' Apertium pipelines; false when the translator is not Apertium (not installed).
static bool WarmTranslator(ServiceProvider services)
{
    if (services.GetRequiredService<IQueryTranslator>() is not ApertiumTranslator apertium) return false;
    foreach (var pipeline in apertium.Pipelines) pipeline.Warm();
    return true;
}

static ServiceProvider Services(string indexPath) => new ServiceCollection()
    .AddLogging()
    .AddLuceneSearchBackend(_ => indexPath)
    .AddQueryTranslation(new ConfigurationBuilder().Build())
    .AddSearchServices()
    .BuildServiceProvider();

List<double> Measure(bool translate, int times)
{
    var tookMs = new List<double>();
    for (var round = 0; round < times; round++)
    {
        foreach (var query in queries) tookMs.Add(search.Search(Request(query, translate)).TookMs);
    }
    return tookMs;
}

static SearchRequest Request(string query, bool translate) => new(query, [], [], [], [], 1, 10) { Translate = translate };

static void Print(string name, List<double> tookMs, List<double> reference)
{
    var p50 = Percentile(tookMs, 0.5);
    var p95 = Percentile(tookMs, 0.95);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-36} n={tookMs.Count,4}  p50 {p50,7:F1} ms  p95 {p95,7:F1} ms  p95 / untranslated p95 {p95 / Percentile(reference, 0.95),5:F2}"));
}

static double Percentile(List<double> values, double q)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static List<string> Queries()
{
    var folder = FindRetrievalFolder();
    return [.. Directory.EnumerateFiles(folder, "*.json").Order()
        .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray().Select(q => q.GetProperty("query").GetString() ?? ""))
        .Where(q => q.Length > 0)];
}

static string FindRetrievalFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var folder = Path.Combine(dir.FullName, "Tests", "Retrieval");
        if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln")) && Directory.Exists(folder)) return folder;
    }
    throw new InvalidOperationException("Tests/Retrieval not found above " + AppContext.BaseDirectory);
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Indexer.Crawling;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Cli;

/// <summary>
/// `crawl [--sources FILE] [--seed URL]... [--cache DIR] [--index DIR] [--report FILE] [--no-ocr]
/// [--delay S] [--timeout S] [--retries N] [--retry-delay S] [--max-mb N]`: fetch the seeds' link pages and the
/// documents into the cache, index them, write the report.
/// </summary>
public static class CrawlCommand
{
    public const string DefaultSources = "corpus/sources.json";

    public static async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        var sources = LoadSources(args);
        if (sources.Seeds.Count == 0 && sources.Documents.Count == 0) throw new UsageException("crawl needs --seed URL or a sources file with seeds or sources");
        var indexPath = IndexPaths.Resolve(args.Option("--index"));
        var cache = Path.GetFullPath(args.Option("--cache") ?? IndexPaths.CrawlCacheFor(indexPath));
        var options = FetchOptionsFrom(args);
        output.WriteLine($"Crawling {sources.Seeds.Count} seeds and {sources.Documents.Count} direct sources (cache {cache})");

        CrawlResult crawl;
        using (var services = CrawlerServices.Build(options, cache))
        {
            crawl = await services.GetRequiredService<Crawler>().RunAsync(sources, output);
        }
        var indexed = CrawlIndexing.Index(crawl, indexPath, !args.Flag("--no-ocr"), new IndexingService(), new ConsoleProgress(output, !Console.IsOutputRedirected));
        var report = CrawlReport.From(crawl, indexed.StatuteIds, indexed.Failures);
        if (args.Option("--report") is { } reportPath) report.Write(reportPath);
        if (!indexed.Run.Completed)
        {
            error.WriteLine($"error: {indexed.Run.Error}");
            return 3;
        }
        var c = indexed.Run.Counts;
        output.WriteLine($"Indexed in {indexed.Run.Elapsed.TotalSeconds:F1} s: {c.Added} added, {c.Changed} changed, {c.Unchanged} unchanged, "
                         + $"{c.Removed} removed, {c.Failed} failed, {c.ProvisionsWritten} provisions written. Run {indexed.Run.Id}.");

        output.WriteLine($"Done: {report.LinkPages.Count} link pages, {report.Documents.Count} documents ("
            + string.Join(", ", report.Documents.GroupBy(d => d.Status).Select(g => $"{g.Count()} {g.Key}"))
            + $"), {indexed.StatuteIds.Count} statutes indexed, {report.Failures.Count} failures, {report.Skipped.Count} skipped.");
        if (report.Failures.Count == 0) return 0;
        error.WriteLine($"{report.Failures.Count} failed:");
        foreach (var failure in report.Failures) error.WriteLine($"  {failure.Url}: {failure.Reason} ({failure.Stage})");
        return 1;
    }

    private static CrawlSources LoadSources(CliArguments args)
    {
        var seeds = args.Values("--seed").Select(ParseSeed).ToList();
        var file = args.Option("--sources") ?? (seeds.Count == 0 ? DefaultSources : null);
        if (file is null) return CrawlSources.Empty.WithSeeds(seeds);
        if (!File.Exists(file)) throw new UsageException($"no sources file at {Path.GetFullPath(file)} (give --sources FILE or --seed URL)");
        try
        {
            return CrawlSources.Load(file).WithSeeds(seeds);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new UsageException($"cannot read the sources file {file}: {ex.Message}");
        }
    }

    private static Uri ParseSeed(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? UrlNormalizer.Normalize(url)
            : throw new UsageException($"--seed needs an absolute http(s) URL, not '{value}'");

    private static FetchOptions FetchOptionsFrom(CliArguments args)
    {
        var defaults = new FetchOptions();
        return defaults with
        {
            PerHostDelay = Seconds(args, "--delay") ?? defaults.PerHostDelay,
            AttemptTimeout = Seconds(args, "--timeout") ?? defaults.AttemptTimeout,
            RetryBaseDelay = Seconds(args, "--retry-delay") ?? defaults.RetryBaseDelay,
            MaxRetries = Number(args, "--retries") ?? defaults.MaxRetries,
            MaxBytes = Number(args, "--max-mb") is { } mb ? mb * 1024L * 1024 : defaults.MaxBytes,
        };
    }

    private static TimeSpan? Seconds(CliArguments args, string name) =>
        args.Option(name) is { } value
            ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
                ? TimeSpan.FromSeconds(s)
                : throw new UsageException($"{name} needs a number of seconds, not '{value}'")
            : null;

    private static int? Number(CliArguments args, string name) =>
        args.Option(name) is { } value
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new UsageException($"{name} needs a whole number, not '{value}'")
            : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// A link page to start from. Link pages are the HTML pages under <see cref="LinkPrefixes"/> (default: the seed's
/// folder), followed up to <see cref="MaxDepth"/>; documents are the other same-host links, restricted to
/// <see cref="DocumentPrefixes"/> when the source states them.
/// </summary>
public sealed record CrawlSeed(Uri Url, IReadOnlyList<string> LinkPrefixes, IReadOnlyList<string>? DocumentPrefixes, int MaxDepth)
{
    public const int DefaultMaxDepth = 2;

    public static CrawlSeed ForUrl(Uri url) => new(url, [FolderOf(url)], null, DefaultMaxDepth);

    public static string FolderOf(Uri url) => url.AbsolutePath[..(url.AbsolutePath.LastIndexOf('/') + 1)];
}

/// <summary>One entry of sources.json: a document URL and what we know of it, in the fields of a manifest entry (any may be missing).</summary>
public sealed record SourceEntry : ManifestEntry
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("format")] public string? Format { get; init; }
    [JsonPropertyName("corpus_path")] public string? CorpusPath { get; init; }
}

/// <summary>A "seeds" entry of sources.json.</summary>
public sealed record SeedEntry
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("link_prefixes")] public List<string>? LinkPrefixes { get; init; }
    [JsonPropertyName("document_prefixes")] public List<string>? DocumentPrefixes { get; init; }
    [JsonPropertyName("max_depth")] public int? MaxDepth { get; init; }
}

/// <summary>
/// What to crawl: seeds (link pages) and direct documents with metadata, from sources.json and --seed options.
/// The metadata of a document found on a link page is taken from its sources.json entry (same URL) when there is one.
/// </summary>
public sealed record CrawlSources(IReadOnlyList<CrawlSeed> Seeds, IReadOnlyList<SourceEntry> Documents)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static CrawlSources Empty { get; } = new([], []);

    public static CrawlSources Load(string path)
    {
        var file = JsonSerializer.Deserialize<SourcesFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty sources file");
        var seeds = (file.Seeds ?? []).Select(s => Seed(s, path)).ToList();
        var documents = (file.Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Url)).ToList();
        return new CrawlSources(seeds, documents);
    }

    public CrawlSources WithSeeds(IEnumerable<Uri> urls) => this with { Seeds = [.. Seeds, .. urls.Select(CrawlSeed.ForUrl)] };

    public SourceEntry? EntryFor(Uri url) =>
        Documents.FirstOrDefault(d => Uri.TryCreate(d.Url, UriKind.Absolute, out var u) && Fetching.UrlNormalizer.Normalize(u) == url);

    private static CrawlSeed Seed(SeedEntry entry, string path)
    {
        if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var url)) throw new InvalidDataException($"{path}: seed without an absolute url");
        url = Fetching.UrlNormalizer.Normalize(url);
        var links = entry.LinkPrefixes is { Count: > 0 } prefixes ? prefixes : [CrawlSeed.FolderOf(url)];
        return new CrawlSeed(url, links, entry.DocumentPrefixes is { Count: > 0 } docs ? docs : null, entry.MaxDepth ?? CrawlSeed.DefaultMaxDepth);
    }

    private sealed record SourcesFile
    {
        [JsonPropertyName("seeds")] public List<SeedEntry>? Seeds { get; init; }
        [JsonPropertyName("sources")] public List<SourceEntry>? Sources { get; init; }
    }
}

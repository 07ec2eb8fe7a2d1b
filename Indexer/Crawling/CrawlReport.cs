using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// The --report JSON of DESIGN.md: {"linkPages":[url], "documents":[{url,status,sha256,statuteId}],
/// "failures":[{url,reason}], "skipped":[{url,reason}]}; documents also say how many HTTP attempts they took and
/// failures at which stage ("fetch" or "index") they happened.
/// </summary>
public sealed record CrawlReport(
    [property: JsonPropertyName("linkPages")] IReadOnlyList<string> LinkPages,
    [property: JsonPropertyName("documents")] IReadOnlyList<CrawlReport.Document> Documents,
    [property: JsonPropertyName("failures")] IReadOnlyList<CrawlReport.Failure> Failures,
    [property: JsonPropertyName("skipped")] IReadOnlyList<CrawlReport.Skip> Skipped)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Document(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("sha256")] string Sha256,
        [property: JsonPropertyName("statuteId")] string? StatuteId,
        [property: JsonPropertyName("attempts")] int Attempts);

    public sealed record Failure(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("stage")] string Stage);

    public sealed record Skip(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("reason")] string Reason);

    /// <param name="statuteIds">The statute id each document was indexed as (by URL); missing when it was not indexed.</param>
    public static CrawlReport From(CrawlResult crawl, IReadOnlyDictionary<string, string> statuteIds, IEnumerable<CrawlFailure> indexFailures) => new(
        crawl.LinkPages,
        crawl.Documents.Select(d => new Document(d.Url.AbsoluteUri, StatusName(d.Status), d.Content.Sha256,
            statuteIds.GetValueOrDefault(d.Url.AbsoluteUri), d.Attempts)).ToList(),
        crawl.Failures.Concat(indexFailures).Select(f => new Failure(f.Url, f.Reason, f.Stage)).ToList(),
        crawl.Skipped.Select(s => new Skip(s.Url, s.Reason)).ToList());

    public static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.New => "new",
        DocumentStatus.Changed => "changed",
        DocumentStatus.Unchanged => "unchanged",
        DocumentStatus.NotModified => "not-modified",
        DocumentStatus.Stale => "stale",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }

    public static CrawlReport Read(string path) =>
        JsonSerializer.Deserialize<CrawlReport>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty report");
}

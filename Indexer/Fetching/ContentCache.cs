using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalSearch.Indexer.Fetching;

/// <summary>What the cache knows of one URL: which content it served last and the validators for a conditional GET.</summary>
public sealed record CachedResource(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("extension")] string Extension,
    [property: JsonPropertyName("contentType")] string? ContentType,
    [property: JsonPropertyName("etag")] string? ETag,
    [property: JsonPropertyName("lastModified")] DateTimeOffset? LastModified,
    [property: JsonPropertyName("fetchedAt")] DateTimeOffset FetchedAt)
{
    public CacheValidators Validators => new(ETag, LastModified);
}

/// <summary>
/// Content-addressed store of fetched bytes: <c>content/&lt;sha256&gt;.&lt;ext&gt;</c> (the same bytes from two
/// URLs are stored once), and per URL <c>urls/&lt;sha256 of the URL&gt;.json</c> with the content's hash, the
/// Content-Type, ETag and Last-Modified, so the next crawl sends a conditional GET.
/// </summary>
public sealed class ContentCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly string contentFolder;
    private readonly string urlFolder;

    public ContentCache(string root)
    {
        Root = Path.GetFullPath(root);
        contentFolder = Directory.CreateDirectory(Path.Combine(Root, "content")).FullName;
        urlFolder = Directory.CreateDirectory(Path.Combine(Root, "urls")).FullName;
    }

    public string Root { get; }

    /// <summary>The last entry for the URL, when its content is still in the cache.</summary>
    public CachedResource? Lookup(Uri url)
    {
        var entryPath = EntryPath(url);
        if (!File.Exists(entryPath)) return null;
        var entry = JsonSerializer.Deserialize<CachedResource>(File.ReadAllText(entryPath), Json);
        return entry is not null && File.Exists(ContentPath(entry)) ? entry : null;
    }

    public CachedResource Store(Uri url, byte[] body, string? contentType, string? etag, DateTimeOffset? lastModified, DateTimeOffset fetchedAt)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        var entry = new CachedResource(url.AbsoluteUri, sha, ExtensionFor(contentType, url), contentType, etag, lastModified, fetchedAt);
        var contentPath = ContentPath(entry);
        if (!File.Exists(contentPath)) WriteAtomically(contentPath, body);
        WriteAtomically(EntryPath(url), JsonSerializer.SerializeToUtf8Bytes(entry, Json));
        return entry;
    }

    /// <summary>A 304 keeps the content; newer validators the server sent are remembered.</summary>
    public CachedResource Revalidated(CachedResource entry, string? etag, DateTimeOffset? lastModified, DateTimeOffset fetchedAt)
    {
        var updated = entry with { ETag = etag ?? entry.ETag, LastModified = lastModified ?? entry.LastModified, FetchedAt = fetchedAt };
        WriteAtomically(EntryPath(new Uri(entry.Url)), JsonSerializer.SerializeToUtf8Bytes(updated, Json));
        return updated;
    }

    /// <summary>The URL is gone (404/410): its entry goes, so it is fetched afresh should it come back.</summary>
    public void Forget(Uri url) => File.Delete(EntryPath(url));

    public string ContentPath(CachedResource entry) => Path.Combine(contentFolder, $"{entry.Sha256}{entry.Extension}");

    /// <summary>The extension our extractors read the format from: by Content-Type, else by the URL's path.</summary>
    public static string ExtensionFor(string? contentType, Uri url)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (mediaType == "application/pdf") return ".pdf";
        if (mediaType is "text/html" or "application/xhtml+xml") return ".html";
        if (mediaType is "text/xml" or "application/xml" || mediaType.EndsWith("+xml", StringComparison.Ordinal)) return ".xml";
        var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        return extension.Length is > 1 and <= 5 ? extension : ".bin";
    }

    private string EntryPath(Uri url) =>
        Path.Combine(urlFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri))) + ".json");

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}

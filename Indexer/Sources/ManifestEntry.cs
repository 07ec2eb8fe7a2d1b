using System.Text.Json.Serialization;

namespace LegalSearch.Indexer.Sources;

/// <summary>One entry of a corpus manifest.json, or the content of a "&lt;file&gt;.meta.json" sidecar.</summary>
public record ManifestEntry
{
    [JsonPropertyName("path")] public string? Path { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("law_number")] public string? LawNumber { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("official_url")] public string? OfficialUrl { get; init; }
    [JsonPropertyName("text_layer")] public bool? TextLayer { get; init; }
}

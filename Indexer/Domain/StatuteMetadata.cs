namespace LegalSearch.Indexer.Domain;

/// <summary>What we know about a statute before reading it (manifest.json, sidecar, folder name).</summary>
public sealed record StatuteMetadata(
    string Country,
    string? Language,
    string Title,
    string? LawNumber,
    int? Year,
    string? OfficialUrl = null,
    bool? TextLayer = null);

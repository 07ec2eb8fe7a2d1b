namespace LegalSearch.Indexer.Domain;

/// <summary>A segmented statute ready for indexing.</summary>
/// <param name="Id">Stable slug "{country}-{short-name}", e.g. "co-ley-1273-2009".</param>
/// <param name="Language">ISO 639-1 code, from metadata or detected.</param>
/// <param name="Source">Provenance shown to users (relative path or URL).</param>
/// <param name="Ocr">True when the text came from OCR.</param>
/// <param name="SegmentationReport">What segmentation made of the text, one fact per line (stats --statute).</param>
/// <param name="ContentHash">sha256 (hex) of the source bytes it was extracted from: an unchanged source is not extracted again.</param>
public sealed record Statute(
    string Id,
    StatuteMetadata Metadata,
    string Language,
    string Source,
    IReadOnlyList<Provision> Provisions,
    bool Ocr = false,
    IReadOnlyList<string>? SegmentationReport = null,
    string? ContentHash = null)
{
    /// <summary>The title as the law names itself, the production remarks of the catalogue title, the consolidation date.</summary>
    public StatuteTitle Title { get; } = TitleRemarks.Split(Metadata.Title);

    /// <summary>The English name of the country ("Colombia").</summary>
    public string CountryName { get; } = Countries.EnglishName(Metadata.Country);
}

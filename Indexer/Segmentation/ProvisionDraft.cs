namespace LegalSearch.Indexer.Segmentation;

/// <summary>A provision being assembled while the segmenter walks the lines.</summary>
internal sealed class ProvisionDraft(string kind, string number, ArticleMarker? marker, IReadOnlyList<string> path)
{
    public string Kind { get; } = kind;

    public string Number { get; set; } = number;

    public ArticleMarker? Marker { get; } = marker;

    public IReadOnlyList<string> Path { get; set; } = path;

    public List<string> Lines { get; } = [];

    /// <summary>Marginal note / heading line written above the marker (Commonwealth bills, Canadian XML, Brazil).</summary>
    public string? Note { get; set; }

    /// <summary>Lines before the marker line (division headings, a marginal note) that belong to this provision.</summary>
    public int MarkerOffset { get; set; }

    /// <summary>The amending provision this one is quoted in, when it is inserted text of another statute.</summary>
    public ProvisionDraft? Host { get; init; }

    /// <summary>Second-language copy of the statute (e.g. the Dutch half of an English + Dutch file).</summary>
    public string? SecondLanguage { get; set; }

    public IEnumerable<string> BodyLines => Lines.Skip(MarkerOffset);
}

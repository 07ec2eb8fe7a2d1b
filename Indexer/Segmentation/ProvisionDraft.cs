namespace LegalSearch.Indexer.Segmentation;

/// <summary>A provision being assembled while the segmenter walks the lines.</summary>
internal sealed class ProvisionDraft(string kind, string number, ArticleMarker? marker, IReadOnlyList<string> path)
{
    public string Kind { get; set; } = kind;

    public string Number { get; set; } = number;

    public ArticleMarker? Marker { get; } = marker;

    public IReadOnlyList<string> Path { get; set; } = path;

    public List<string> Lines { get; } = [];

    /// <summary>The division headings printed above the marker ("CAPÍTULO II", its title): structure, not the provision's text.</summary>
    public List<string> DivisionLines { get; } = [];

    /// <summary>Editorial notes recognised in the provision (<see cref="NoteRecognizer"/>), in order.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Earlier wordings of this provision that the source prints after it, newest first (SUIN "Legislación anterior").</summary>
    public List<IReadOnlyList<string>> PriorWordings { get; } = [];

    /// <summary>Marginal note / heading line written above the marker (Commonwealth bills, Canadian XML, Brazil).</summary>
    public string? Note { get; set; }

    /// <summary>Lines before the marker line (a marginal note) that belong to this provision.</summary>
    public int MarkerOffset { get; set; }

    /// <summary>The amending provision this one is quoted in, when it is inserted text of another statute.</summary>
    public ProvisionDraft? Host { get; set; }

    /// <summary>The provision whose earlier wording this draft is (printed under a "prior wording" heading after it).</summary>
    public ProvisionDraft? PriorWordingOf { get; init; }

    /// <summary>Second-language copy of the statute (e.g. the Dutch half of an English + Dutch file).</summary>
    public string? SecondLanguage { get; set; }

    /// <summary>How a repeat of this draft's number was explained (<see cref="RepeatResolution"/>), for the segmentation report.</summary>
    public string? Resolution { get; set; }

    public IEnumerable<string> BodyLines => Lines.Skip(MarkerOffset);
}

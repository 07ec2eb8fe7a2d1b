using System.ComponentModel.DataAnnotations;

namespace LegalSearch.Web.Options;

/// <summary>`Index:Path` — the Lucene index folder (relative paths: see <see cref="DataPaths"/>).</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    [Required]
    public string Path { get; set; } = "data/index";

    /// <summary>How often the SearcherManager looks for a newer commit.</summary>
    [Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 5;
}

/// <summary>`Corpus:Paths` — files/folders the index is built from when it is missing or empty.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Empty by default (the binder appends to a pre-filled array); <see cref="Effective"/> falls back to "corpus".</summary>
    public string[] Paths { get; set; } = [];

    public IReadOnlyList<string> Effective => Paths.Length > 0 ? Paths : ["corpus"];

    /// <summary>Run Tesseract on scans while building (when installed).</summary>
    public bool Ocr { get; set; } = true;
}

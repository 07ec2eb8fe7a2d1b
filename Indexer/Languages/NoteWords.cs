namespace LegalSearch.Indexer.Languages;

/// <summary>
/// How the sources of a language print their editorial apparatus and the parts around the law, as regular-expression
/// fragments matched against whole lines (or line starts) by <see cref="Segmentation.NotePatterns"/>.
/// </summary>
public sealed record NoteWords
{
    /// <summary>A line that is a note by itself: "Artículo reformado DOF 17-05-1999", "Corregido yerro Artículo 1 DECRETO 1494 de 2015".</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>The start of a note that runs to the end of its sentence: "Nota:".</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The start of notes that run to the end of the provision: a US source credit "(Pub. L.", "Editorial Notes", "CONCORDANCIAS:".</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>The opening of a note inside a line, after its "(": "Redação dada", "Incluído pela".</summary>
    public IReadOnlyList<string> Inline { get; init; } = [];

    /// <summary>The opening of an inline note that marks the wording in force: "Redação dada".</summary>
    public IReadOnlyList<string> CurrentWording { get; init; } = [];

    /// <summary>The heading of the earlier wordings a consolidated source prints after a provision: "LEGISLACIÓN ANTERIOR".</summary>
    public IReadOnlyList<string> PriorWordings { get; init; } = [];

    /// <summary>Headings of a database page's front matter, whose summaries name articles: "RESUMEN DE MODIFICACIONES".</summary>
    public IReadOnlyList<string> FrontMatter { get; init; } = [];

    /// <summary>Whole lines that end the front matter: the law's own title "LEY 1712 DE 2014", the enacting "DECRETA:".</summary>
    public IReadOnlyList<string> FrontMatterEnds { get; init; } = [];

    /// <summary>The first line of the signatures after the last article: "Publíquese y cúmplase", "Dada en Bogotá".</summary>
    public IReadOnlyList<string> Signatures { get; init; } = [];

    /// <summary>The whole-line heading of a court ruling printed after the law: "SENTENCIA NÚMERO C-274 DE 2013".</summary>
    public IReadOnlyList<string> Judgments { get; init; } = [];
}

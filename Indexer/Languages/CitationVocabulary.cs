namespace LegalSearch.Indexer.Languages;

/// <summary>How a language cites provisions: in a citation we print, and in a query a user types.</summary>
public sealed record CitationVocabulary
{
    /// <summary>The abbreviation before an article number in a citation: "art." ("Ley 1273 de 2009 (CO), art. 269A"), "s." in English.</summary>
    public required string ArticleAbbreviation { get; init; }

    /// <summary>Words that mark a number in a query as an article (case-insensitive regex fragments): "art[íi]culo", "arts?".</summary>
    public IReadOnlyList<string> ReferenceMarkers { get; init; } = [];

    /// <summary>Words before a law's own number, which is not an article ("Ley 21.459"): "ley", "decreto".</summary>
    public IReadOnlyList<string> LawWords { get; init; } = [];

    /// <summary>Line openings that start a new paragraph when a provision is displayed: "Art", "CAP[IÍ]TULO".</summary>
    public IReadOnlyList<string> ParagraphOpenings { get; init; } = [];
}

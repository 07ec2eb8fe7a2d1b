namespace LegalSearch.Indexer.Languages;

/// <summary>
/// The words with which a language's statutes open and group provisions, as regular-expression fragments
/// (case variants and optional accents spelled out: <c>ART[ÍI]CULO|Art[íi]culo</c>). Segmentation recognises the
/// union over all languages (<see cref="LanguageVocabulary"/>), because a statute quotes or repeats other languages.
/// </summary>
public sealed record SegmentationVocabulary
{
    /// <summary>The article word in full: "ART[ÍI]CULO", "Art[íi]culo".</summary>
    public IReadOnlyList<string> ArticleWords { get; init; } = [];

    /// <summary>Abbreviations of the article word with their dot: "ART\.", "Art\.".</summary>
    public IReadOnlyList<string> ArticleAbbreviations { get; init; } = [];

    /// <summary>Abbreviations the marker recogniser also accepts without a dot ("Art 5"); too weak to break a joined line.</summary>
    public IReadOnlyList<string> UndottedAbbreviations { get; init; } = [];

    /// <summary>The first article written in words, as "(?&lt;kw&gt;keyword)\s+ordinal": "Article premier".</summary>
    public string? FirstArticleInWords { get; init; }

    /// <summary>True when the statutes number sections with a sign ("§ 1030.") and bare labels carry sentences ("4. A person…").</summary>
    public bool NumbersSections { get; init; }

    /// <summary>The section sign(s): "§".</summary>
    public IReadOnlyList<string> SectionSigns { get; init; } = [];

    /// <summary>The section word: "SECTION", "Section".</summary>
    public IReadOnlyList<string> SectionWords { get; init; } = [];

    /// <summary>Abbreviations of the section word: "Sec\.", "SEC\.".</summary>
    public IReadOnlyList<string> SectionAbbreviations { get; init; } = [];

    /// <summary>Words joining a range of sections under one sign: "§§ 1, 2 to 5".</summary>
    public IReadOnlyList<string> SectionRangeWords { get; init; } = [];

    /// <summary>True when a rubric written above a keyword marker belongs to it (Brazilian codes: "Invasão de dispositivo ⏎ Art. 154-A").</summary>
    public bool NotesAboveKeywordMarkers { get; init; }

    /// <summary>Division headings: "Libro", "Título", "Capítulo", "Sección".</summary>
    public IReadOnlyList<DivisionWord> Divisions { get; init; } = [];

    /// <summary>Division words that also run in sentences ("Title 50. Section 802…"): headings only alone or before a dash.</summary>
    public IReadOnlyList<string> DivisionWordsInSentences { get; init; } = [];

    /// <summary>Ordinals numbering a division in words: "primer[oa]?", "segund[oa]".</summary>
    public IReadOnlyList<string> Ordinals { get; init; } = [];

    /// <summary>Whole-line headings of transitory provisions: "DISPOSICI[ÓO]N(?:ES)?\s+TRANSITORIAS?".</summary>
    public IReadOnlyList<string> TransitoryHeadings { get; init; } = [];

    /// <summary>Whole-line headings of annexes, before an optional number: "ANEXOS?".</summary>
    public IReadOnlyList<string> AnnexHeadings { get; init; } = [];

    /// <summary>The preamble's heading at the start of a line: "Preámbulo".</summary>
    public IReadOnlyList<string> PreambleHeadings { get; init; } = [];

    /// <summary>Words of an amending article that introduce quoted text (case-insensitive): "del\s+siguiente\s+tenor".</summary>
    public IReadOnlyList<string> AmendmentWords { get; init; } = [];

    /// <summary>How a provision's first sentence opens, so it is not read as a heading: "El que", "The ".</summary>
    public IReadOnlyList<string> SentenceOpenings { get; init; } = [];

    /// <summary>How the language's sources print notes, signatures and what surrounds the law.</summary>
    public NoteWords Notes { get; init; } = new();
}

/// <summary>Depth of a division: deeper levels close when a shallower one opens.</summary>
public enum DivisionLevel
{
    Book = 0,
    Part = 1,
    Title = 2,
    Chapter = 3,
    Section = 4,
}

/// <summary>One division word: "T[ÍI]TULO" / "T[íi]tulo" at level Title.</summary>
/// <param name="Upper">The upper-case form as a regex fragment.</param>
/// <param name="Capitalized">The capitalised form as a regex fragment.</param>
/// <param name="NamedInAmendments">True when an amending clause names the division its quoted articles go into ("con un Título VII BIS").</param>
/// <param name="EndsLead">True when the upper-case heading in a provision's opening names the next articles (offence classification).</param>
public sealed record DivisionWord(DivisionLevel Level, string Upper, string Capitalized, bool NamedInAmendments = false, bool EndsLead = false);

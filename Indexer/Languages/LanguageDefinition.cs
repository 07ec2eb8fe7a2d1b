using Lucene.Net.Analysis;

namespace LegalSearch.Indexer.Languages;

/// <summary>
/// Everything the code knows about one language, in one place: how its text is analysed, how its statutes
/// number and divide their provisions, how it is recognised and OCR'd, how it cites an article and how it
/// names the offence codes. One subclass per language (Languages/Es, Languages/Pt…), listed in
/// <see cref="LanguageRegistry"/>; the rest of the code asks the registry and never spells a language itself.
/// </summary>
public abstract class LanguageDefinition
{
    /// <summary>ISO 639-1 code: "es".</summary>
    public abstract string Code { get; }

    /// <summary>Tesseract traineddata name: "spa".</summary>
    public abstract string OcrCode { get; }

    /// <summary>Apertium's code for the language ("spa"), null when Debian ships no Apertium pair for it.</summary>
    public abstract string? ApertiumCode { get; }

    /// <summary>
    /// Short stop-word list of our own. The analyzers' default lists drop words that carry legal meaning
    /// ("sin", "no", "without"), so those are deliberately absent (they are <see cref="MeaningfulWords"/>).
    /// </summary>
    public abstract IReadOnlyList<string> StopWords { get; }

    /// <summary>
    /// Words of a question put in plain language that statutes (almost) never write: interrogatives, the speaker's
    /// and listener's pronouns, the auxiliaries of a question ("how do I request documents", "¿puede el fiscal
    /// exigir…?"). Rare in the index, they would score high on chance provisions and keep a question's real words
    /// from forming the all-words tier; a query drops them like stop words (<see cref="Analysis.LegalStopWords.ForQueries"/>). The index keeps them.
    /// </summary>
    public virtual IReadOnlyList<string> QuestionWords => [];

    /// <summary>Words that carry legal meaning and are never dropped from a query, even where another language stops them.</summary>
    public abstract IReadOnlyList<string> MeaningfulWords { get; }

    /// <summary>
    /// Function words frequent in this language's legal prose and (almost) never words of the other languages,
    /// counted by <see cref="Analysis.LanguageDetector"/>. Words shared by several languages cannot tell them apart.
    /// </summary>
    public abstract IReadOnlyList<string> DetectorProfile { get; }

    /// <summary>How the statutes of this language write article numbers, divisions and zones.</summary>
    public abstract SegmentationVocabulary Segmentation { get; }

    /// <summary>How this language cites a provision and names a law in a query.</summary>
    public abstract CitationVocabulary Citation { get; }

    /// <summary>The label of each offence code of <see cref="Classification.OffenceCatalog"/>, code → label.</summary>
    public abstract IReadOnlyDictionary<string, string> OffenceLabels { get; }

    /// <summary>A step of the analyzer chain between lower-casing and stop words (French elision); none by default.</summary>
    public virtual TokenStream BeforeStopWords(TokenStream stream) => stream;

    /// <summary>A step for the words of a query only, after <see cref="BeforeStopWords"/> (English spelling variants); none by default.</summary>
    public virtual TokenStream ForQueries(TokenStream stream) => stream;

    /// <summary>The language's stemmer, applied after the stop words and before accent folding.</summary>
    public abstract TokenStream Stem(TokenStream stream);
}

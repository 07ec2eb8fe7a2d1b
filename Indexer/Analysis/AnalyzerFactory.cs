using Lucene.Net.Analysis;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Analysis;

/// <summary>The one place analyzers come from, for index and query time alike.</summary>
public static class AnalyzerFactory
{
    public static Analyzer ForLanguage(string language) => new LanguageAnalyzer(language);

    public static Analyzer Exact() => new ExactAnalyzer();

    /// <summary>
    /// The exact analyzer for the provision text, with sentence and paragraph markers (<see cref="TextBoundaries"/>) for
    /// <c>/s</c> and <c>/p</c>; at index time (not <paramref name="forQueries"/>) it shares the text's tokens with the language field (<see cref="SharedTextFilter"/>).
    /// </summary>
    public static Analyzer ExactText(bool forQueries) => new ExactAnalyzer(markBoundaries: true, sharesText: !forQueries);

    /// <summary>
    /// The language's chain for the provision text field, with sentence and paragraph markers (<see cref="TextBoundaries"/>);
    /// <paramref name="forQueries"/> as <see cref="ForQueryWords"/>, else sharing the text's tokens with the exact field (<see cref="SharedTextFilter"/>).
    /// </summary>
    public static Analyzer ForLanguageText(string language, bool forQueries) =>
        new LanguageAnalyzer(language, forQueries ? LegalStopWords.ForQueries() : null, markBoundaries: true, forQueries: forQueries, sharesText: !forQueries);

    /// <summary>The language's chain with the stop words of all languages, for the bare words of a query (see <see cref="LegalStopWords.ForQueries"/>).</summary>
    public static Analyzer ForQueryWords(string language) => new LanguageAnalyzer(language, LegalStopWords.ForQueries(), forQueries: true);

    /// <summary>The language's chain for a machine translation of a query: its own stop words, and its step for query words (English spellings).</summary>
    public static Analyzer ForTranslation(string language) => new LanguageAnalyzer(language, forQueries: true);

    /// <summary>Field → analyzer map used by the IndexWriter and the query parser (with <paramref name="forQueries"/>, bare query words drop every language's stop words); built from the field definitions of <see cref="ProvisionSchema"/>.</summary>
    public static Analyzer CreatePerField(bool forQueries = false) => ProvisionSchema.PerFieldAnalyzer(forQueries);
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Analysis;

/// <summary>The one place analyzers come from, for index and query time alike.</summary>
public static class AnalyzerFactory
{
    public static Analyzer ForLanguage(string language) => new LanguageAnalyzer(language);

    public static Analyzer Exact() => new ExactAnalyzer();

    /// <summary>The language's chain with the stop words of all languages, for the bare words of a query (see <see cref="LegalStopWords.ForQueries"/>).</summary>
    public static Analyzer ForQueryWords(string language) => new LanguageAnalyzer(language, LegalStopWords.ForQueries());

    /// <summary>
    /// Field → analyzer map used by the IndexWriter, the highlighter and the query translation (with
    /// <paramref name="forQueries"/>, bare query words drop every language's stop words). The provision text fields
    /// (exact and per language) carry sentence and paragraph markers (<see cref="TextBoundaries"/>).
    /// </summary>
    public static Analyzer CreatePerField(bool forQueries = false)
    {
        var fields = new Dictionary<string, Analyzer>
        {
            [IndexFields.Exact] = new ExactAnalyzer(markBoundaries: true),
            [IndexFields.Title] = Exact(),
            [IndexFields.Heading] = Exact(),
        };
        foreach (var language in IndexFields.Languages)
        {
            fields[IndexFields.TextIn(language)] = forQueries
                ? new LanguageAnalyzer(language, LegalStopWords.ForQueries(), markBoundaries: true)
                : new LanguageAnalyzer(language, markBoundaries: true);
        }
        return new PerFieldAnalyzerWrapper(Exact(), fields);
    }
}

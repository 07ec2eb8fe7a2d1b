using Lucene.Net.Analysis;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Analysis;

/// <summary>The one place analyzers come from, for index and query time alike.</summary>
public static class AnalyzerFactory
{
    public static Analyzer ForLanguage(string language) => new LanguageAnalyzer(language);

    public static Analyzer Exact() => new ExactAnalyzer();

    /// <summary>The language's chain with the stop words of all languages, for the bare words of a query (see <see cref="LegalStopWords.ForQueries"/>).</summary>
    public static Analyzer ForQueryWords(string language) => new LanguageAnalyzer(language, LegalStopWords.ForQueries());

    /// <summary>Field → analyzer map used by the IndexWriter and the query parser (with <paramref name="forQueries"/>, bare query words drop every language's stop words); built from the field definitions of <see cref="ProvisionSchema"/>.</summary>
    public static Analyzer CreatePerField(bool forQueries = false) => ProvisionSchema.PerFieldAnalyzer(forQueries);
}

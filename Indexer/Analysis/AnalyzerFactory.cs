using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Analysis;

/// <summary>The one place analyzers come from, for index and query time alike.</summary>
public static class AnalyzerFactory
{
    public static Analyzer ForLanguage(string language) => new LanguageAnalyzer(language);

    public static Analyzer Exact() => new ExactAnalyzer();

    /// <summary>Field → analyzer map used by the IndexWriter and the query parser.</summary>
    public static Analyzer CreatePerField()
    {
        var fields = new Dictionary<string, Analyzer>
        {
            [IndexFields.Exact] = Exact(),
            [IndexFields.Title] = Exact(),
            [IndexFields.Heading] = Exact(),
        };
        foreach (var language in IndexFields.Languages) fields[IndexFields.TextIn(language)] = ForLanguage(language);
        return new PerFieldAnalyzerWrapper(Exact(), fields);
    }
}

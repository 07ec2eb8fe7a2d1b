using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// A text's words as a language's analyzer indexes them (stemmed, folded), through one analyzer per language built
/// once and shared (Lucene analyzers reuse their components per thread): for code that compares words the way the
/// index does (the concept matcher, the query glossary).
/// </summary>
public static class LanguageWords
{
    private static readonly ConcurrentDictionary<string, Analyzer> Analyzers = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string language, string text) =>
        TokenList.Of(Analyzers.GetOrAdd(language, AnalyzerFactory.ForLanguage), text);
}

using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// The stop-word lists of the languages (<see cref="LanguageDefinition.StopWords"/>) as Lucene sets. The analyzers'
/// default lists drop words that carry legal meaning ("sin", "con", "no", "sem", "não", "sans", "not", "without"),
/// so our own lists leave those out.
/// </summary>
public static class LegalStopWords
{
    /// <summary>Words that carry legal meaning in some language; never dropped from a query ("no" is a stop word only in Portuguese).</summary>
    public static IReadOnlySet<string> Meaningful { get; } =
        new HashSet<string>(LanguageRegistry.All.SelectMany(l => l.MeaningfulWords));

    /// <summary>
    /// Every language's list together, for the words of a query. A query is searched in every language's field, and
    /// a function word of one language is a rare, high-scoring term in another's ("de" in English-analysed Dutch text).
    /// With them, every language's <see cref="LanguageDefinition.QuestionWords"/>.
    /// </summary>
    public static CharArraySet ForQueries()
    {
        var all = LanguageRegistry.All.SelectMany(l => l.StopWords.Concat(l.QuestionWords)).Where(w => !Meaningful.Contains(w)).ToList();
        return new CharArraySet(LuceneVersion.LUCENE_48, all.Concat(all.Select(ProvisionSlug.Fold)).Distinct().ToList(), ignoreCase: true);
    }

    /// <summary>The list with each word also in its accent-folded form, so "à" and an already folded "a" both stop.</summary>
    public static CharArraySet For(string language)
    {
        var words = LanguageRegistry.Find(language)?.StopWords ?? [];
        return new CharArraySet(LuceneVersion.LUCENE_48, words.Concat(words.Select(ProvisionSlug.Fold)).Distinct().ToList(), ignoreCase: true);
    }
}

using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Short stop-word lists of our own. The analyzers' default lists drop words that carry legal meaning
/// ("sin", "con", "no", "sem", "não", "sans", "not", "without"), so those are deliberately absent here.
/// </summary>
public static class LegalStopWords
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["es"] = ["el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "e", "o", "u", "a", "en", "que", "se", "su", "sus", "lo", "por", "para", "es"],
        ["pt"] = ["o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "em", "no", "na", "nos", "nas", "que", "se", "ao", "aos", "por", "para", "pelo", "pela"],
        ["en"] = ["the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "is", "be", "that", "which", "as", "its", "it", "this"],
        ["fr"] = ["le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "à", "au", "aux", "en", "que", "qui", "se", "sa", "son", "ses", "par", "pour", "est", "l", "d"],
        ["nl"] = ["de", "het", "een", "en", "of", "van", "in", "op", "te", "aan", "door", "voor", "met", "die", "dat", "is", "zijn"],
    };

    /// <summary>Words that carry legal meaning in some language; never dropped from a query ("no" is a stop word only in Portuguese).</summary>
    public static IReadOnlySet<string> Meaningful { get; } =
        new HashSet<string>(["sin", "con", "no", "sem", "com", "não", "sans", "avec", "ne", "pas", "not", "without"]);

    /// <summary>
    /// Every language's list together, for the words of a query. A query is searched in every language's field, and
    /// a function word of one language is a rare, high-scoring term in another's ("de" in English-analysed Dutch text).
    /// </summary>
    public static CharArraySet ForQueries()
    {
        var all = Words.Values.SelectMany(w => w).Where(w => !Meaningful.Contains(w)).ToList();
        return new CharArraySet(LuceneVersion.LUCENE_48, all.Concat(all.Select(ProvisionSlug.Fold)).Distinct().ToList(), ignoreCase: true);
    }

    /// <summary>The list with each word also in its accent-folded form, so "à" and an already folded "a" both stop.</summary>
    public static CharArraySet For(string language)
    {
        var words = Words.TryGetValue(language, out var list) ? list : [];
        return new CharArraySet(LuceneVersion.LUCENE_48, words.Concat(words.Select(ProvisionSlug.Fold)).Distinct().ToList(), ignoreCase: true);
    }
}

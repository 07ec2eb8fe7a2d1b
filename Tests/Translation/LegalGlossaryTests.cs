using Lucene.Net.Index;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Translation;

/// <summary>
/// The legal glossary as a whole (every file of <c>Search.Web/Search/Translation/Glossary/</c>): each notion once,
/// in at least three languages, and worded as the corpus's provisions word it in at least two of them, so no notion
/// bridges nothing here (a misspelling, every wording another country's term).
/// </summary>
public sealed class LegalGlossaryTests
{
    private static readonly string[] Languages = ["en", "es", "pt", "fr"];

    [Test]
    public void Each_notion_is_written_once_in_at_least_three_languages()
    {
        var notions = LegalGlossary.Default.Notions.ToList();
        Assert.That(notions, Has.Count.GreaterThan(50));
        Assert.That(notions.GroupBy(n => n.Notion).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "notions written twice");
        Assert.That(notions.Where(n => n.Words.Keys.Count(Languages.Contains) < 3).Select(n => n.Notion), Is.Empty, "notions in fewer than three languages");
        Assert.That(notions.SelectMany(n => n.Words.Keys).Distinct(), Is.SubsetOf(Languages));
    }

    /// <summary>
    /// A notion bridges languages only where statutes use its words: each must be found whole (every word of one of its
    /// wordings) in the provisions of at least two of its languages. Wordings the corpus lacks in their language are
    /// printed: they may serve statutes not in the corpus yet ("escroquerie" where the French texts here say "fraude").
    /// </summary>
    [Test]
    public void Every_notion_is_worded_as_the_corpus_words_it_in_at_least_two_languages()
    {
        using var corpus = new CorpusReader();
        var absent = new List<string>();
        var unbridged = new List<string>();
        foreach (var (notion, words) in LegalGlossary.Default.Notions)
        {
            var found = 0;
            foreach (var (language, wordings) in words)
            {
                var terms = MultiFields.GetTerms(corpus.Reader, IndexFields.TextIn(language));
                var missing = wordings.Where(w => !Occurs(terms, LanguageWords.Of(language, w))).ToList();
                absent.AddRange(missing.Select(w => $"{notion} / {language} “{w}”"));
                if (missing.Count < wordings.Count) found++;
            }
            if (found < 2) unbridged.Add(notion);
        }
        TestContext.Out.WriteLine($"{absent.Count} wordings no provision of their language holds: {string.Join("; ", absent)}");
        Assert.That(unbridged, Is.Empty, "notions the corpus words in fewer than two languages");
    }

    private static bool Occurs(Terms? terms, IReadOnlyList<string> words)
    {
        if (terms is null || words.Count == 0) return false;
        var e = terms.GetEnumerator();
        return words.All(w => e.SeekExact(new BytesRef(w)));
    }
}

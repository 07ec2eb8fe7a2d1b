using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The term states kept per reader (<see cref="ReaderTermStates"/>) are what <see cref="TermContext.Build"/> gives on
/// that reader, for every term of the parser's queries on the corpus index; a later search gets the kept ones; after a
/// refresh that rewrote a statute with an added article the new reader's states are gathered again, from the new segment too.
/// </summary>
public sealed class ReaderTermStatesTests
{
    [Test]
    public void Kept_states_equal_building_them_again_for_every_term_of_the_parsers_queries()
    {
        using var corpus = new CorpusReader();
        var searcher = new IndexSearcher(corpus.Reader);
        var terms = new[] { "acceso abusivo a un sistema informático", "unauthorized access to a computer system", "\"dados pessoais\" sensíveis", "interception illégale" }
            .SelectMany(Terms).Distinct().ToList();
        Assert.That(terms, Has.Count.GreaterThan(20));

        var first = StatesOf(searcher, terms);
        var again = StatesOf(searcher, terms);
        Assert.That(terms.Select((_, i) => ReferenceEquals(first[i], again[i])), Is.All.True, "a later search gets the kept states");
        Assert.That(ReaderTermStates.Of(corpus.Reader).Count, Is.GreaterThanOrEqualTo(terms.Count));
        Assert.That(terms.Select((t, i) => Describe(first[i])), Is.EqualTo(terms.Select(t => Describe(TermContext.Build(searcher.TopReaderContext, t)))));
        Assert.That(first.Select(s => s.DocFreq), Has.Some.GreaterThan(0));
    }

    [Test]
    public void After_a_refresh_the_new_readers_states_are_gathered_again_with_the_new_segment()
    {
        var corpus = new ReindexedCorpus(SmallCorpus.SomeSharedFiles[1]);
        using var searchers = new SearcherProvider(corpus.Index);
        var terms = Terms("accès frauduleux").ToList();
        var before = searchers.Use(searcher => StatesOf(searcher, terms));
        Assert.That(before.Sum(s => s.DocFreq), Is.GreaterThan(0), "the French sample has the words");

        corpus.AddFrenchArticle("Article 3 bis. Accès frauduleux ajouté pour le test.");
        corpus.Run();
        Assert.That(searchers.Refresh(), Is.Not.Null, "the refresh opened the new commit");

        searchers.Use(searcher =>
        {
            var after = StatesOf(searcher, terms);
            Assert.That(terms.Select((_, i) => ReferenceEquals(after[i], before[i])), Is.All.False, "the new reader gathers its own");
            Assert.That(after.Select(Describe), Is.EqualTo(terms.Select(t => Describe(TermContext.Build(searcher.TopReaderContext, t)))));
            Assert.That(after.Sum(s => s.DocFreq), Is.GreaterThan(before.Sum(s => s.DocFreq)), "the rewritten statute's new segment is counted");
            return 0;
        });
    }

    /// <summary>The terms of the parser's query for <paramref name="text"/> (every language, the expansion and citations with them).</summary>
    private static IEnumerable<Term> Terms(string text)
    {
        var terms = new HashSet<Term>();
        new SearchQueryParser().Parse(text, []).Query.ExtractTerms(terms);
        return terms;
    }

    private static List<TermContext> StatesOf(IndexSearcher searcher, IReadOnlyList<Term> terms)
    {
        using var shared = new SharedTermStates(searcher);
        return [.. terms.Select(shared.StateOf)];
    }

    /// <summary>The frequencies and each segment's term state, as text.</summary>
    private static string Describe(TermContext state) =>
        $"{state.DocFreq}/{state.TotalTermFreq}: " + string.Join(" | ", Enumerable.Range(0, state.TopReaderContext.Leaves.Count).Select(ord => state.Get(ord)?.ToString() ?? "-"));
}

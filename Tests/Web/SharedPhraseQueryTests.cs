using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// <see cref="SharedPhraseQuery"/> (the search's term states, its own exact-phrase scorer) finds, on the shared-corpus
/// index, exactly what Lucene's <see cref="PhraseQuery"/> finds: every exact phrase the parser builds for these
/// queries (the typed phrase, the concept expansion's and translations' phrases in every language), alone and under a
/// country filter, gives the same documents, phrase frequencies and scores. The word lists cover phrases whose first
/// word is a stop word (so the phrase's positions do not start at 0) and phrases that repeat a word.
/// </summary>
public sealed class SharedPhraseQueryTests
{
    private CorpusReader corpus = null!;

    [OneTimeSetUp]
    public void Open() => corpus = new CorpusReader();

    [OneTimeTearDown]
    public void Close() => corpus.Dispose();

    [TestCase("\"acceso a la información pública\"")]
    [TestCase("\"de la información\" \"datos personales\"")]
    [TestCase("illegal access to a computer system")]
    [TestCase("\"the court of the\"")]
    [TestCase("\"sin autorización\" sistema informático")]
    [TestCase("interceptação de comunicações")]
    public void Every_exact_phrase_finds_what_Lucene_finds_with_the_same_frequency_and_score(string query)
    {
        var searcher = new IndexSearcher(corpus.Reader) { Similarity = Ranking.CreateSimilarity() };
        var phrases = new List<PhraseQuery>();
        Collect(new SearchQueryParser().Parse(query, []).Query, phrases);
        var exact = phrases.Where(p => p.Slop == 0 && p.GetTerms().Length > 1).ToList();
        Assert.That(exact, Is.Not.Empty, "the query has exact phrases");
        var found = 0;
        foreach (var phrase in exact)
        {
            foreach (var filter in new Filter?[] { null, new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Country, "CO"))) })
            {
                var expected = searcher.Search(phrase, filter, 10_000);
                var shared = new SharedPhraseQuery(phrase, new SharedTermStates(searcher));
                var actual = searcher.Search(shared, filter, 10_000);
                Assert.That(actual.ScoreDocs.Select(sd => (sd.Doc, sd.Score)), Is.EqualTo(expected.ScoreDocs.Select(sd => (sd.Doc, sd.Score))), phrase.ToString());
                foreach (var hit in expected.ScoreDocs.Take(5))
                {
                    Assert.That(searcher.Explain(shared, hit.Doc).Value, Is.EqualTo(searcher.Explain(phrase, hit.Doc).Value), phrase.ToString());
                }
                found += expected.TotalHits;
            }
        }
        Assert.That(found, Is.GreaterThan(0), "some phrase is in the corpus");
    }

    private static void Collect(Query query, List<PhraseQuery> into)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                into.Add(phrase);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) Collect(clause.Query, into);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts) Collect(disjunct, into);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, into);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, into);
                break;
        }
    }
}

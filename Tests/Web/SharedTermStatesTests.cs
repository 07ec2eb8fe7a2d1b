using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The search's speed-ups change no result: on the shared-corpus index, the parser's query with its term look-ups
/// shared (<see cref="SharedTermStates"/>) and the request filters as cached bit sets (<see cref="FilterBits"/>)
/// finds the same documents, in the same order, with the same scores, as the plain query under a
/// <see cref="QueryWrapperFilter"/> — twice in a row, the second time from the cached bits.
/// </summary>
public sealed class SharedTermStatesTests
{
    private CorpusReader corpus = null!;

    [OneTimeSetUp]
    public void Open() => corpus = new CorpusReader();

    [OneTimeTearDown]
    public void Close() => corpus.Dispose();

    [TestCase("acceso abusivo", "")]
    [TestCase("unauthorized access to a computer system", "")]
    [TestCase("\"acceso a la información pública\"", "")]
    [TestCase("datos personales", "CO")]
    [TestCase("interceptação de comunicações", "BR")]
    [TestCase("Ley 1273 artículo 269A", "")]
    public void Shared_term_states_and_filter_bits_find_the_same_hits_with_the_same_scores(string query, string country)
    {
        var searcher = new IndexSearcher(corpus.Reader) { Similarity = Ranking.CreateSimilarity() };
        var parsed = new SearchQueryParser().Parse(query, []);
        var filters = SearchFilters.None with { Countries = country.Length > 0 ? [country] : [] };
        var fast = LuceneFilters.Apply(parsed.Query, filters);
        var plain = new FilteredQuery(parsed.Query, new QueryWrapperFilter(LuceneFilters.FilterOf(filters)));

        var expected = searcher.Search(plain, 1_000);
        Assert.That(expected.TotalHits, Is.GreaterThan(0), "the query finds something");
        for (var round = 0; round < 2; round++)
        {
            var actual = searcher.Search(new SharedTermStates(searcher).Apply(fast), 1_000);
            Assert.That(actual.TotalHits, Is.EqualTo(expected.TotalHits));
            Assert.That(actual.ScoreDocs.Select(sd => (sd.Doc, sd.Score)), Is.EqualTo(expected.ScoreDocs.Select(sd => (sd.Doc, sd.Score))));
        }
    }
}

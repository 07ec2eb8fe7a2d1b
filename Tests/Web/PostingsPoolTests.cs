using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// Terms and postings enumerators given back by one search (<see cref="SharedTermStates.Dispose"/>) and reused by the next on
/// other terms (<see cref="PostingsPool"/>) read exactly the postings new enumerators read, and searches through them find
/// Lucene's own hits with Lucene's own scores: on the corpus index, query after query, and on an index on disk after a
/// refresh that deleted a statute and added an article (the surviving segments' enumerators reused under new deletions).
/// </summary>
public sealed class PostingsPoolTests
{
    private static readonly string[] Queries =
    [
        "acceso abusivo",
        "unauthorized access to a computer system",
        "\"acceso a la información pública\"",
        "interceptação de comunicações",
        "Ley 1273 artículo 269A",
        "atteinte à l'intégrité des données",
    ];

    [Test]
    public void A_given_back_enumerator_is_reused_on_another_term_and_reads_that_terms_postings()
    {
        using var corpus = new CorpusReader();
        var searcher = new IndexSearcher(corpus.Reader);
        var field = IndexFields.TextIn("es");
        var segment = corpus.Reader.Leaves.MaxBy(l => l.AtomicReader.NumDocs)!;
        TermsEnum firstTerms;
        DocsEnum first;
        DocsAndPositionsEnum firstWithPositions;
        using (var states = new SharedTermStates(searcher))
        {
            var terms = firstTerms = states.TermsOf(segment, field)!;
            Assert.That(terms.SeekExact(Stem("es", "acceso")), Is.True);
            first = states.Docs(segment, field, terms, segment.AtomicReader.LiveDocs);
            firstWithPositions = states.Positions(segment, field, terms, segment.AtomicReader.LiveDocs)!;
        }
        using (var states = new SharedTermStates(searcher))
        {
            var terms = states.TermsOf(segment, field)!;
            Assert.That(terms, Is.SameAs(firstTerms), "the terms enumerator of the first search");
            Assert.That(terms.SeekExact(Stem("es", "datos")), Is.True);
            var reused = states.Docs(segment, field, terms, segment.AtomicReader.LiveDocs);
            var reusedWithPositions = states.Positions(segment, field, terms, segment.AtomicReader.LiveDocs)!;
            Assert.That(reused, Is.SameAs(first), "the documents enumerator of the first search");
            Assert.That(reusedWithPositions, Is.SameAs(firstWithPositions), "the positions enumerator of the first search");

            var fresh = segment.AtomicReader.GetTerms(field).GetEnumerator();
            Assert.That(fresh.SeekExact(Stem("es", "datos")), Is.True);
            Assert.That(Read(reused), Is.EqualTo(Read(fresh.Docs(segment.AtomicReader.LiveDocs, null))).And.Not.Empty);
            Assert.That(ReadPositions(reusedWithPositions),
                Is.EqualTo(ReadPositions(fresh.DocsAndPositions(segment.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE)!)));
        }
    }

    [Test]
    public void Searches_through_reused_enumerators_find_lucenes_hits_with_lucenes_scores()
    {
        using var corpus = new CorpusReader();
        var searcher = new IndexSearcher(corpus.Reader) { Similarity = Ranking.CreateSimilarity() };
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var query in Queries) AssertSameAsLucene(searcher, query);
        }
        var kept = corpus.Reader.Leaves.Sum(l => PostingsPool.Of(l.AtomicReader, IndexFields.TextIn("es")).Count);
        Assert.That(kept, Is.GreaterThan(0), "the searches gave their enumerators back");
        var all = corpus.Reader.Leaves.Sum(l => l.AtomicReader.FieldInfos.Sum(f => PostingsPool.Of(l.AtomicReader, f.Name).Count));
        TestContext.Progress.WriteLine($"enumerators kept after {Queries.Length} queries twice: {all:N0} over {corpus.Reader.Leaves.Count} segments ({kept:N0} of the Spanish text field)");
    }

    [Test]
    public void Searches_on_four_threads_at_once_get_the_hits_and_scores_each_gets_alone()
    {
        using var corpus = new CorpusReader();
        var searcher = new IndexSearcher(corpus.Reader) { Similarity = Ranking.CreateSimilarity() };
        var alone = Queries.Select(query => Hits(searcher, query)).ToList();
        var together = new System.Collections.Concurrent.ConcurrentBag<(int Query, string Hits)>();
        Parallel.For(0, Queries.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => together.Add((i % Queries.Length, Hits(searcher, Queries[i % Queries.Length]))));
        Assert.That(together, Has.Count.EqualTo(Queries.Length * 8));
        Assert.That(together.Where(t => t.Hits != alone[t.Query]).Select(t => Queries[t.Query]), Is.Empty,
            "no enumerator served two searches at once");
    }

    [Test]
    public void After_a_refresh_surviving_segments_enumerators_serve_the_new_reader()
    {
        var corpus = new ReindexedCorpus(SmallCorpus.SomeSharedFiles[1]);
        using var searchers = new SearcherProvider(corpus.Index);
        string[] queries = ["accès frauduleux système de traitement automatisé", "acceso indebido sistema informático", "datos informáticos"];
        searchers.Use(searcher =>
        {
            foreach (var query in queries) AssertSameAsLucene(searcher, query);
            return 0;
        });

        corpus.AddFrenchArticle("Article 3 bis. Accès frauduleux ajouté pour le test.");
        corpus.DeleteItalianSample();
        corpus.Run();
        corpus.DeleteOneProvision();
        Assert.That(searchers.Refresh(), Is.Not.Null, "the refresh opened the new commit");

        searchers.Use(searcher =>
        {
            Assert.That(searcher.IndexReader.Leaves.Any(l => l.AtomicReader.LiveDocs is not null), Is.True, "a surviving segment has deletions now");
            foreach (var query in queries) AssertSameAsLucene(searcher, query);
            return 0;
        });
    }

    /// <summary>The parser's query through this search's shared states and borrowed enumerators (given back after) against plain Lucene.</summary>
    private static void AssertSameAsLucene(IndexSearcher searcher, string text)
    {
        var parsed = new SearchQueryParser().Parse(text, []);
        var query = LuceneFilters.Apply(parsed.Query, SearchFilters.None);
        var expected = searcher.Search(new FilteredQuery(parsed.Query, new QueryWrapperFilter(LuceneFilters.FilterOf(SearchFilters.None))), 1_000);
        Assert.That(expected.TotalHits, Is.GreaterThan(0), $"“{text}” finds something");
        using var states = new SharedTermStates(searcher);
        var actual = searcher.Search(states.Apply(query), 1_000);
        Assert.That(actual.TotalHits, Is.EqualTo(expected.TotalHits), text);
        Assert.That(actual.ScoreDocs.Select(sd => (sd.Doc, sd.Score)), Is.EqualTo(expected.ScoreDocs.Select(sd => (sd.Doc, sd.Score))), text);
    }

    /// <summary>The parser's query through a search's shared states and borrowed enumerators: its top documents and scores, as text.</summary>
    private static string Hits(IndexSearcher searcher, string text)
    {
        var parsed = new SearchQueryParser().Parse(text, []);
        using var states = new SharedTermStates(searcher);
        var found = searcher.Search(states.Apply(LuceneFilters.Apply(parsed.Query, SearchFilters.None)), 1_000);
        return $"{found.TotalHits}: " + string.Join(" ", found.ScoreDocs.Select(sd => $"{sd.Doc}:{sd.Score:R}"));
    }

    /// <summary>The word as the language's field indexes it.</summary>
    private static Lucene.Net.Util.BytesRef Stem(string language, string word)
    {
        using var analyzer = AnalyzerFactory.ForLanguage(language);
        return new Lucene.Net.Util.BytesRef(TokenList.Of(analyzer, word, IndexFields.TextIn(language)).Single());
    }

    private static List<(int Doc, int Freq)> Read(DocsEnum postings)
    {
        var read = new List<(int, int)>();
        while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) read.Add((postings.DocID, postings.Freq));
        return read;
    }

    private static List<(int Doc, string Positions)> ReadPositions(DocsAndPositionsEnum postings)
    {
        var read = new List<(int, string)>();
        while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            var positions = Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition());
            read.Add((postings.DocID, string.Join(",", positions)));
        }
        return read;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;

namespace LegalSearch.Tests.Web;

/// <summary>The searchers' directory reads the corpus index exactly as Lucene's memory-mapped one does, from several threads at once.</summary>
public sealed class MappedReadDirectoryTests
{
    [Test]
    public void Searches_and_stored_values_are_those_of_the_memory_mapped_directory_from_parallel_threads()
    {
        using var mapped = new MMapDirectory(new DirectoryInfo(CorpusIndex.Path));
        using var ours = new MappedReadDirectory(new DirectoryInfo(CorpusIndex.Path));
        using var expectedReader = DirectoryReader.Open(mapped);
        using var reader = DirectoryReader.Open(ours);
        var words = new[] { "acceso", "sistema", "datos", "computer", "dados", "crime", "pena", "delito" };

        var expected = words.Select(w => Answer(expectedReader, w)).ToList();
        var actual = new string[words.Length * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Answer(reader, words[i % words.Length]));

        Assert.That(expected.Distinct().Count(), Is.EqualTo(words.Length), "each word finds its own hits");
        Assert.That(actual, Is.EqualTo(Enumerable.Range(0, actual.Length).Select(i => expected[i % words.Length])));
    }

    [Test]
    public void A_clone_of_a_closed_input_fails_instead_of_reading_unmapped_memory()
    {
        using var ours = new MappedReadDirectory(new DirectoryInfo(CorpusIndex.Path));
        var file = ours.ListAll().First(f => f.EndsWith(".cfs", StringComparison.Ordinal) || f.StartsWith("segments_", StringComparison.Ordinal));
        var input = ours.OpenInput(file, IOContext.READ);
        var clone = (IndexInput)input.Clone();
        clone.Seek(0);
        Assert.That(clone.ReadByte(), Is.EqualTo(input.ReadByte()));

        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => clone.ReadBytes(new byte[4], 0, 4));
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    /// <summary>The top hits of the word in the exact field with their scores and every stored value, as one string.</summary>
    private static string Answer(IndexReader reader, string word)
    {
        var searcher = new IndexSearcher(reader);
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Exact, word)), 20);
        return string.Join("\n", hits.ScoreDocs.Select(hit =>
        {
            var stored = StoredProvision.Read(reader, hit.Doc);
            var values = ProvisionSchema.Fields.Select(f => $"{f.Name}={stored.Value(f.Name)}");
            return $"{hit.Doc} {hit.Score} {string.Join("|", values)}";
        }));
    }
}

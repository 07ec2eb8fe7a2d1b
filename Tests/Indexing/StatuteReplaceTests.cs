using System.Collections;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Indexing;

/// <summary>
/// <see cref="StatuteIndexWriter.Replace"/> hands the writer each document as it asks for it: a statute whose
/// provisions fail to arrive halfway leaves none of its new documents, and its committed ones stay, as when analysing
/// one of them fails.
/// </summary>
public sealed class StatuteReplaceTests
{
    private static Statute Statute(IReadOnlyList<Provision> provisions) => new(
        "xx-test-act", new StatuteMetadata("XX", "en", "Test Act", "Test Act 2025", 2025, null), "en", "docs/xx/test-act.txt", provisions);

    private static Provision Article(string number, string text, int ordinal) => new(number, ProvisionKinds.Article, null, [], text, ordinal);

    [Test]
    public void A_statute_whose_provisions_fail_halfway_keeps_its_committed_documents()
    {
        var path = TestPaths.NewTempFolder("replace");
        using (var writer = new StatuteIndexWriter(path))
        {
            Assert.That(writer.Replace(Statute([Article("1", "The first text as committed.", 0), Article("2", "The second text as committed.", 1)])), Is.EqualTo(2));
            writer.Commit(new Dictionary<string, string>());

            var failing = new FailingAfter([Article("1", "A new first text.", 0), Article("2", "A new second text.", 1), Article("3", "A third.", 2)], 2);
            Assert.Throws<IOException>(() => writer.Replace(Statute(failing)));
            writer.Commit(new Dictionary<string, string>());
        }

        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var texts = IndexStatistics.LiveDocuments(reader, [ProvisionSchema.Id, ProvisionSchema.Text])
            .ToDictionary(p => p.Get(ProvisionSchema.Id) ?? "", p => p.Get(ProvisionSchema.Text));
        Assert.That(texts, Is.EqualTo(new Dictionary<string, string>
        {
            ["xx-test-act/art-1"] = "The first text as committed.",
            ["xx-test-act/art-2"] = "The second text as committed.",
        }));
    }

    /// <summary>Provisions read from a source that fails after <paramref name="readable"/> of them (a disk error mid-file).</summary>
    private sealed class FailingAfter(IReadOnlyList<Provision> provisions, int readable) : IReadOnlyList<Provision>
    {
        public Provision this[int index] => index < readable ? provisions[index] : throw new IOException("source unreadable");

        public int Count => provisions.Count;

        public IEnumerator<Provision> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Tests.Support;

/// <summary>
/// A <see cref="SmallCorpus"/> indexed on disk by the indexing service, for tests of what a refresh keeps: change its
/// files (an article added to the French sample, the Italian sample deleted) and index it again.
/// </summary>
public sealed class ReindexedCorpus
{
    private readonly IndexingService indexing = new();

    /// <summary>Indexes the samples and <paramref name="sharedFiles"/> once.</summary>
    public ReindexedCorpus(params string[] sharedFiles)
    {
        Corpus = SmallCorpus.Create(sharedFiles);
        Index = Path.Combine(Path.GetDirectoryName(Corpus)!, "index");
        Run();
    }

    public string Corpus { get; }

    public string Index { get; }

    /// <summary>Indexes the corpus as its files are now.</summary>
    public IndexRun Run() => indexing.Run(new IndexRunRequest(Index, LocalSourceScanner.Scan([Corpus])) { Ocr = false });

    /// <summary>Adds an article with <paramref name="text"/> (its number first) at the end of the French sample's chapter.</summary>
    public void AddFrenchArticle(string text)
    {
        var french = Path.Combine(Corpus, "samples", "fr", "loi-exemple-cybercriminalite-2025.xml");
        File.WriteAllText(french, File.ReadAllText(french).Replace(
            "  </Chapitre>", $"    <Article><Texte>{text}</Texte></Article>\n  </Chapitre>", StringComparison.Ordinal));
    }

    /// <summary>
    /// Deletes one provision of the largest segment and commits, so that segment survives with deletions (a run's
    /// deleted statute may have had a segment of its own, which Lucene drops whole). Returns the provision's id.
    /// </summary>
    public string DeleteOneProvision()
    {
        using var directory = FSDirectory.Open(Index);
        string id;
        using (var reader = DirectoryReader.Open(directory))
        {
            var largest = reader.Leaves.MaxBy(l => l.AtomicReader.NumDocs)!.AtomicReader;
            Assert.That(largest.NumDocs, Is.GreaterThan(1), "the largest segment keeps documents after the deletion");
            var live = largest.LiveDocs;
            var doc = Enumerable.Range(0, largest.MaxDoc).First(d => live is null || live.Get(d));
            id = largest.Document(doc).Get(IndexFields.Id);
        }
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, ProvisionSchema.PerFieldAnalyzer(forQueries: false)));
        writer.DeleteDocuments(new Term(IndexFields.Id, id));
        writer.Commit();
        return id;
    }

    public void DeleteItalianSample() => File.Delete(Path.Combine(Corpus, "samples", "it", "legge-esempio-2025-reati-informatici.md"));
}

using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
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

    public void DeleteItalianSample() => File.Delete(Path.Combine(Corpus, "samples", "it", "legge-esempio-2025-reati-informatici.md"));
}

using Lucene.Net.Search.Similarities;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// The one ranking function, for writing norms and for searching: BM25 (Lucene 4.8 defaults to TF-IDF).
/// Provisions vary from one line to pages, and BM25's length saturation ranks short articles fairly.
/// </summary>
public static class Ranking
{
    public static Similarity CreateSimilarity() => new BM25Similarity();
}

using Lucene.Net.Index;

namespace LegalSearch.Tests.Support;

/// <summary>Every live (not deleted) document of a reader, segment by segment: its segment and its number inside it.</summary>
public static class LiveDocuments
{
    public static IEnumerable<(AtomicReaderContext Leaf, int Local)> Of(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var local = 0; local < leaf.AtomicReader.MaxDoc; local++)
            {
                if (live is null || live.Get(local)) yield return (leaf, local);
            }
        }
    }
}

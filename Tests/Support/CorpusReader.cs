using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LegalSearch.Tests.Support;

/// <summary>A reader over the corpus index (<see cref="CorpusIndex"/>), for tests that query Lucene directly; disposing it closes reader and directory.</summary>
public sealed class CorpusReader : IDisposable
{
    private readonly FSDirectory directory = FSDirectory.Open(CorpusIndex.Path);

    public CorpusReader() => Reader = DirectoryReader.Open(directory);

    public DirectoryReader Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}

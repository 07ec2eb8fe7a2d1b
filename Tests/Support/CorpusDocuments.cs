using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Tests.Support;

/// <summary>Shared-corpus files as <see cref="SourceDocument"/>s with their manifest metadata.</summary>
public static class CorpusDocuments
{
    private static readonly Lazy<IReadOnlyList<ScannedSource>> All = new(() => LocalSourceScanner.Scan([TestPaths.SharedCorpus]));

    public static IReadOnlyList<ScannedSource> Scanned => All.Value;

    /// <summary>The document whose relative path (e.g. "docs/co/ley-1273-….pdf") is given.</summary>
    public static SourceDocument Get(string relative) =>
        All.Value.FirstOrDefault(s => s.Document.Source == relative)?.Document
        ?? throw new AssertionException($"not in the shared corpus: {relative}");
}

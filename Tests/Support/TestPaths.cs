namespace LegalSearch.Tests.Support;

/// <summary>Locates the repository and the read-only shared corpus (../shared/corpus beside the clone).</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared corpus: $LEGALSEARCH_SHARED_CORPUS, else ../shared/corpus next to the repository.</summary>
    public static string SharedCorpus { get; } =
        Environment.GetEnvironmentVariable("LEGALSEARCH_SHARED_CORPUS")
        ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static string CorpusFile(string relative)
    {
        var path = Path.Combine(SharedCorpus, relative);
        if (!File.Exists(path)) Assert.Fail($"shared corpus file missing: {path}");
        return path;
    }

    public static string Samples => Path.Combine(RepositoryRoot, "corpus", "samples");

    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"legalsearch-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LegalSearch.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace LegalSearch.Bench;

/// <summary>Finds the repository and the shared corpus next to it, as the tests do.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LegalSearch.sln not found above the bench's build output");
    }

    public static string DefaultCorpus() =>
        Environment.GetEnvironmentVariable("LEGALSEARCH_SHARED_CORPUS")
        ?? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus"));

    /// <summary>bench/results/latest.md (git-ignored).</summary>
    public static string LatestResults() => Path.Combine(RepositoryRoot(), "bench", "results", "latest.md");
}

namespace LegalSearch.Bench;

/// <summary>Finds the shared corpus next to the repository, as the tests do.</summary>
internal static class BenchPaths
{
    public static string DefaultCorpus()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("LEGALSEARCH_SHARED_CORPUS");
        if (fromEnvironment is not null) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        }
        throw new InvalidOperationException("LegalSearch.sln not found; pass the corpus folder as the first argument");
    }
}

namespace LegalSearch.Indexer.Cli;

/// <summary>Where the index lives: --index, else LEGALSEARCH_INDEX, else data/index.</summary>
public static class IndexPaths
{
    public const string EnvironmentVariable = "LEGALSEARCH_INDEX";
    public const string Default = "data/index";

    public static string Resolve(string? option) =>
        Path.GetFullPath(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Default);
}

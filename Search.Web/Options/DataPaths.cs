namespace LegalSearch.Web.Options;

/// <summary>
/// Resolves relative `Index:Path` and `Corpus:Paths`. `dotnet run --project Search.Web` runs in the project folder,
/// so inside a checkout relative paths are taken from the repository root (the folder with LegalSearch.sln), as the
/// README and the Indexer CLI use them; elsewhere (a published app) from the content root.
/// </summary>
public static class DataPaths
{
    public static string Resolve(string path, string contentRoot) =>
        Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetFullPath(Path.Combine(BaseFolder(contentRoot), path));

    private static string BaseFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalSearch.sln"))) return dir.FullName;
        }
        return contentRoot;
    }
}

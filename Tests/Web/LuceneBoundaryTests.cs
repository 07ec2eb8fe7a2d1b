using System.Text.RegularExpressions;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The search-backend seam holds: in Search.Web only the Lucene backend (Search/Backend/Lucene/) and the
/// SearcherManager's home (Index/) name Lucene types; services, endpoints and pages go through ISearchBackend.
/// </summary>
public sealed partial class LuceneBoundaryTests
{
    private static readonly string WebRoot = Path.Combine(TestPaths.RepositoryRoot, "Search.Web");

    private static readonly string[] Allowed =
    [
        Path.Combine("Search", "Backend", "Lucene") + Path.DirectorySeparatorChar,
        "Index" + Path.DirectorySeparatorChar,
    ];

    [Test]
    public void No_Lucene_namespace_outside_the_Lucene_backend_and_the_index_folder()
    {
        var offending = LuceneReferences().Where(r => !Allowed.Any(r.File.StartsWith)).Select(r => $"{r.File}:{r.Line}").ToList();

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void The_scan_sees_the_Lucene_backend_itself() =>
        Assert.That(LuceneReferences().Select(r => r.File), Has.Some.StartsWith(Allowed[0]).And.Some.StartsWith(Allowed[1]));

    /// <summary>Every line of Search.Web's C# sources that imports or names a Lucene namespace (comments aside).</summary>
    private static IEnumerable<(string File, int Line)> LuceneReferences()
    {
        var sources = Directory.EnumerateFiles(WebRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(WebRoot, f)));
        foreach (var file in sources)
        {
            var relative = Path.GetRelativePath(WebRoot, file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//", 2)[0];
                if (LuceneName().IsMatch(code)) yield return (relative, i + 1);
            }
        }
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    /// <summary>"using Lucene.Net.Search;", "using L = Lucene.Net…", "global::Lucene.Net…", "new Lucene.Net.Util.BytesRef(…)".</summary>
    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?(global::)?Lucene\b|\bLucene\.Net\b")]
    private static partial Regex LuceneName();
}

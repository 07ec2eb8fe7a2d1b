using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegalSearch.Tests.Support;

/// <summary>
/// A small writable corpus in a temp folder: our four samples (corpus/samples) and, on request, a few shared corpus
/// files, with one manifest.json holding their entries — so runs take seconds and files can be changed or removed.
/// </summary>
public static class SmallCorpus
{
    /// <summary>Short shared files with a text layer: a PDF, an XML and an HTML statute.</summary>
    public static readonly string[] SomeSharedFiles =
    [
        "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf",
        "docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml",
        "docs/co/ley-2125-2021-mipymes-mujeres-suin.html",
    ];

    /// <summary>How many sample statutes corpus/samples holds (each SmallCorpus has them all).</summary>
    public static int Samples { get; } = Entries(Path.Combine(TestPaths.RepositoryRoot, "corpus", "manifest.json")).Count;

    public static string Create(params string[] sharedFiles)
    {
        var root = Path.Combine(TestPaths.NewTempFolder("small-corpus"), "corpus");
        var manifest = new JsonArray();
        foreach (var entry in Entries(Path.Combine(TestPaths.RepositoryRoot, "corpus", "manifest.json"))) manifest.Add(Copy(entry, Path.Combine(TestPaths.RepositoryRoot, "corpus"), root));
        var shared = Entries(Path.Combine(TestPaths.SharedCorpus, "manifest.json")).ToDictionary(e => e["path"]!.GetValue<string>());
        foreach (var file in sharedFiles) manifest.Add(Copy(shared[file], TestPaths.SharedCorpus, root));
        File.WriteAllText(Path.Combine(root, "manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return root;
    }

    /// <summary>The manifest entries of a corpus folder.</summary>
    public static IReadOnlyList<JsonObject> Entries(string manifestPath) =>
        JsonNode.Parse(File.ReadAllText(manifestPath))!.AsArray().Select(n => n!.AsObject()).ToList();

    private static JsonObject Copy(JsonObject entry, string fromRoot, string toRoot)
    {
        var relative = entry["path"]!.GetValue<string>();
        var target = Path.Combine(toRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(fromRoot, relative), target);
        File.SetAttributes(target, FileAttributes.Normal);
        return (JsonObject)entry.DeepClone();
    }
}

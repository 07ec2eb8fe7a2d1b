using System.Text.Json;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;

namespace LegalSearch.Indexer.Sources;

/// <summary>A file the scanner found, with its metadata or the reason it cannot be indexed.</summary>
public sealed record ScannedSource(SourceDocument Document, string? StatuteIdHint);

/// <summary>
/// Finds the statute files under the given files/folders and their metadata: a folder's manifest.json first,
/// else a "&lt;file&gt;.meta.json" sidecar, else the country from a "docs/&lt;cc&gt;/" style folder name.
/// </summary>
public static partial class LocalSourceScanner
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<ScannedSource> Scan(IEnumerable<string> inputs)
    {
        var results = new List<ScannedSource>();
        var manifests = new Dictionary<string, IReadOnlyList<ManifestEntry>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = System.IO.Path.GetFullPath(input);
            if (File.Exists(full))
            {
                var folder = System.IO.Path.GetDirectoryName(full)!;
                results.Add(Describe(full, FindManifestRoot(folder, null, manifests) ?? folder, manifests));
            }
            else if (Directory.Exists(full))
            {
                var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => ExtractorRegistry.SupportedExtensions.Contains(System.IO.Path.GetExtension(f)))
                    .Where(f => !f.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !IsDocumentation(f))
                    .Order(StringComparer.Ordinal);
                results.AddRange(files.Select(f => Describe(f, FindManifestRoot(System.IO.Path.GetDirectoryName(f)!, full, manifests) ?? full, manifests)));
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {input}", input);
            }
        }
        return results;
    }

    private static bool IsDocumentation(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        return name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || name.Equals("QUIRKS.md", StringComparison.OrdinalIgnoreCase);
    }

    private static ScannedSource Describe(string file, string root, Dictionary<string, IReadOnlyList<ManifestEntry>> manifests)
    {
        var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
        var entry = ManifestEntryFor(root, relative, manifests) ?? SidecarFor(file);
        var country = entry?.Country ?? CountryFromFolders(relative) ?? "XX";
        var title = entry?.Title ?? System.IO.Path.GetFileNameWithoutExtension(file);
        var metadata = new StatuteMetadata(
            country.ToUpperInvariant(),
            entry?.Language,
            title,
            entry?.LawNumber,
            entry?.Year ?? YearFromName(file),
            string.IsNullOrWhiteSpace(entry?.OfficialUrl) ? null : entry.OfficialUrl,
            entry?.TextLayer);
        return new ScannedSource(new SourceDocument(file, relative, metadata), entry?.Id);
    }

    /// <summary>
    /// The nearest folder at or above <paramref name="folder"/> with a manifest.json; one already read in this scan
    /// counts even if the file is being replaced at this moment, so every file of a folder is described by one manifest.
    /// </summary>
    private static string? FindManifestRoot(string folder, string? stopAt, Dictionary<string, IReadOnlyList<ManifestEntry>> read)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var manifest = System.IO.Path.Combine(dir.FullName, "manifest.json");
            if (read.ContainsKey(manifest) || File.Exists(manifest)) return dir.FullName;
            if (stopAt is not null && dir.FullName.Length <= stopAt.Length) break;
        }
        return null;
    }

    /// <summary>The manifest entry of a file; each manifest is read once per scan (a later scan sees an edited manifest).</summary>
    private static ManifestEntry? ManifestEntryFor(string root, string relative, Dictionary<string, IReadOnlyList<ManifestEntry>> manifests)
    {
        var manifestPath = System.IO.Path.Combine(root, "manifest.json");
        if (!manifests.TryGetValue(manifestPath, out var entries))
        {
            if (!File.Exists(manifestPath)) return null;
            entries = JsonSerializer.Deserialize<List<ManifestEntry>>(File.ReadAllText(manifestPath), JsonOptions) ?? [];
            manifests[manifestPath] = entries;
        }
        return entries.FirstOrDefault(e => string.Equals(e.Path, relative, StringComparison.Ordinal));
    }

    private static ManifestEntry? SidecarFor(string file)
    {
        var sidecar = file + ".meta.json";
        return File.Exists(sidecar) ? JsonSerializer.Deserialize<ManifestEntry>(File.ReadAllText(sidecar), JsonOptions) : null;
    }

    /// <summary>"docs/co/x.pdf" → "CO": the first two-letter folder name (or "int") on the path.</summary>
    private static string? CountryFromFolders(string relative)
    {
        var folders = relative.Split('/')[..^1];
        return folders.Reverse().FirstOrDefault(f => f.Length == 2 && f.All(char.IsAsciiLetter) || f.Equals("int", StringComparison.OrdinalIgnoreCase));
    }

    private static int? YearFromName(string file)
    {
        var match = YearPattern().Match(System.IO.Path.GetFileNameWithoutExtension(file));
        return match.Success ? int.Parse(match.Value) : null;
    }

    [GeneratedRegex(@"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")]
    private static partial Regex YearPattern();
}

using System.Globalization;

namespace LegalSearch.Indexer.Extraction;

/// <summary>
/// What one source file may cost the indexer and, through the index, every search that hits it. The defaults sit
/// far above the shared corpus (largest file 3.7 MB, largest provision 272,000 characters, longest PDF a few hundred
/// pages) and far below what hurts: a 60 MB file became one 60 MB provision that every search hit had to load.
/// </summary>
/// <param name="MaxFileBytes">Larger files are refused before they are read ("too large: 60 MB > 20 MB").</param>
/// <param name="MaxProvisionChars">A statute with a longer provision is refused (a file without article markers, or a dump).</param>
/// <param name="MaxPdfPages">A PDF claiming more pages is refused before its pages are read.</param>
public sealed record SizeLimits(long MaxFileBytes = 20L * 1024 * 1024, int MaxProvisionChars = 1_000_000, int MaxPdfPages = 10_000)
{
    public static SizeLimits Default { get; } = new();

    /// <summary>Refuses a file over <see cref="MaxFileBytes"/>, with both sizes in the reason.</summary>
    public void CheckFile(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes) throw new ExtractionException($"too large: {Megabytes(length)} > {Megabytes(MaxFileBytes)}");
    }

    /// <summary>"60 MB", "0.3 MB": sizes as a person reads them.</summary>
    public static string Megabytes(long bytes)
    {
        var megabytes = bytes / (1024.0 * 1024.0);
        return (megabytes >= 10 ? megabytes.ToString("F0", CultureInfo.InvariantCulture) : megabytes.ToString("0.#", CultureInfo.InvariantCulture)) + " MB";
    }
}

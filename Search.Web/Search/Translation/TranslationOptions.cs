using System.ComponentModel.DataAnnotations;

namespace LegalSearch.Web.Search.Translation;

/// <summary>Config section <c>Translation</c>: query translation with Apertium (DESIGN.md "Query translation").</summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary>Off: search uses the user's words and the lexicon only (as when Apertium is not installed).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the Apertium packages put their <c>.mode</c> files.</summary>
    [Required]
    public string ModesPath { get; set; } = "/usr/share/apertium/modes";

    /// <summary>Weight of a translated term relative to the user's own words (1).</summary>
    [Range(0.01, 1.0)]
    public float Weight { get; set; } = 0.5f;

    /// <summary>How many distinct translations are kept in memory.</summary>
    [Range(1, 1_000_000)]
    public int CacheEntries { get; set; } = 20_000;
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// Statute ids "{country}-{short-name}" from the law number ("Ley 1273 de 2009" → "co-ley-1273-2009"),
/// else from the file name. Twins (same law in two formats or languages) get the format or language appended, in the
/// order they are assigned; <see cref="RunPlanner"/> keeps ids stable across runs by claiming each already indexed
/// source's id before any new source is assigned one.
/// </summary>
public sealed partial class StatuteIdFactory
{
    private static readonly HashSet<string> DroppedWords = ["de", "del", "no", "nº", "n", "number", "numero", "número", "do", "da", "of", "the"];
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    /// <summary>Reserves an id already given (to an indexed source); false when it is taken in this run.</summary>
    public bool Claim(string id) => taken.Add(id);

    public string Assign(SourceDocument document, string language, string? hint = null)
    {
        var baseId = hint ?? BaseId(document);
        var extension = Path.GetExtension(document.LocalPath).TrimStart('.').ToLowerInvariant();
        foreach (var candidate in new[] { baseId, $"{baseId}-{extension}", $"{baseId}-{language}", $"{baseId}-{language}-{extension}" })
        {
            if (taken.Add(candidate)) return candidate;
        }
        for (var n = 2; ; n++)
        {
            if (taken.Add($"{baseId}-{n}")) return $"{baseId}-{n}";
        }
    }

    public static string BaseId(SourceDocument document)
    {
        var name = document.Metadata.LawNumber ?? Path.GetFileNameWithoutExtension(document.LocalPath);
        name = Parenthetical().Replace(name, " ").Replace(".", "");
        var words = ProvisionSlug.From(name).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !DroppedWords.Contains(w))
            .Take(8);
        var slug = string.Join('-', words);
        if (slug.Length == 0) slug = "statute";
        return $"{document.Metadata.Country.ToLowerInvariant()}-{slug}";
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}

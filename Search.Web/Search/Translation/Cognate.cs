using LegalSearch.Indexer.Domain;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// The opening letters of a word the dictionaries do not know, to find its cognates in other languages: the word
/// folded (lower case, no accents) without its last quarter, where Romance and English endings differ
/// ("interceptação" → "intercept": interceptación, interception, interceptar). Short words are left alone (their
/// openings match too much).
/// </summary>
public static class Cognate
{
    /// <summary>Words shorter than this get no cognate search.</summary>
    public const int MinimumLength = 7;

    /// <summary>Fewest letters a prefix keeps.</summary>
    public const int MinimumPrefix = 5;

    /// <summary>Weight of a cognate relative to a translation: a guess from spelling, below a dictionary's word.</summary>
    public const float Factor = 0.5f;

    public static string? PrefixOf(string word)
    {
        var folded = ProvisionSlug.Fold(word.ToLowerInvariant());
        if (folded.Length < MinimumLength || !folded.All(char.IsAsciiLetterLower)) return null;
        return folded[..Math.Max(MinimumPrefix, folded.Length - (folded.Length + 3) / 4)];
    }
}

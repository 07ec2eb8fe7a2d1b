using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Chooses the language of one statute (one of <see cref="LanguageRegistry.Codes"/>) when the manifest or sidecar
/// gives none. Method: a stop-word profile (<see cref="LanguageDefinition.DetectorProfile"/>). For each language we
/// keep function words that are frequent in legal prose and (almost) never words of the others — "el", "los", "del" for Spanish; "os", "dos", "não", "pelo" for
/// Portuguese; "the", "shall" for English; "les", "des", "dans" for French; "het", "van", "wordt" for Dutch.
/// Words shared by several languages ("de", "la", "que", "en") are left out, because they cannot tell them
/// apart. The first 20,000 words are counted and the language whose profile occurs most often wins.
/// Why this and not a character n-gram model: statutes are long, formal and monolingual, so function words are
/// abundant and decisive; the profile needs no training data, is explainable in one line and survives OCR noise
/// in content words. It is run once per statute (never per provision), so a statute has one language.
/// </summary>
public static class LanguageDetector
{
    private const int MaxWords = 20000;

    private static readonly Dictionary<string, HashSet<string>> Profiles =
        LanguageRegistry.All.ToDictionary(l => l.Code, l => l.DetectorProfile.ToHashSet(StringComparer.Ordinal));

    private static readonly char[] Separators = [' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"', '«', '»', '“', '”', '\'', '’'];

    /// <summary>
    /// Returns the ISO 639-1 code with the highest score (the earlier registered on a tie), or <paramref name="fallback"/>
    /// (default <see cref="LanguageRegistry.Undetected"/>) for text without profile words.
    /// </summary>
    public static string Detect(string text, string? fallback = null)
    {
        var scores = Scores(text);
        var best = scores.MaxBy(kv => kv.Value);
        return best.Value == 0 ? fallback ?? LanguageRegistry.Undetected : best.Key;
    }

    /// <summary>How many words of each language's profile the text contains (explains a decision).</summary>
    public static IReadOnlyDictionary<string, int> Scores(string text)
    {
        var scores = Profiles.Keys.ToDictionary(k => k, _ => 0);
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords))
        {
            var word = token.ToLowerInvariant();
            foreach (var (language, profile) in Profiles)
            {
                if (profile.Contains(word)) scores[language]++;
            }
        }
        return scores;
    }
}

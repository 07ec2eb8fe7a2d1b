namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Stop-word profile detector for es, pt, en, fr, nl: counts the most frequent function words of each language.
/// Statutes are long and formal, so function-word frequency separates these five reliably without a model.
/// </summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, HashSet<string>> Profiles = new()
    {
        ["es"] = ["el", "la", "los", "las", "del", "que", "por", "con", "una", "para", "se", "artículo", "será", "cuando", "sin"],
        ["pt"] = ["o", "os", "da", "do", "das", "dos", "que", "com", "uma", "para", "não", "ao", "pelo", "artigo", "será"],
        ["en"] = ["the", "of", "and", "to", "in", "shall", "any", "or", "by", "with", "section", "person", "that", "which"],
        ["fr"] = ["le", "la", "les", "des", "du", "et", "que", "est", "une", "pour", "dans", "qui", "sur", "aux"],
        ["nl"] = ["de", "het", "van", "een", "en", "in", "is", "wordt", "op", "voor", "met", "zijn", "door", "bij"],
    };

    /// <summary>Returns the ISO 639-1 code with the highest score, or <paramref name="fallback"/> for text without words.</summary>
    public static string Detect(string text, string fallback = "es")
    {
        var scores = Profiles.Keys.ToDictionary(k => k, _ => 0);
        var words = 0;
        foreach (var token in text.Split([' ', '\n', '\t', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).Take(20000))
        {
            var word = token.ToLowerInvariant();
            words++;
            foreach (var (language, profile) in Profiles)
            {
                if (profile.Contains(word)) scores[language]++;
            }
        }
        if (words == 0) return fallback;
        var best = scores.MaxBy(kv => kv.Value);
        return best.Value == 0 ? fallback : best.Key;
    }
}

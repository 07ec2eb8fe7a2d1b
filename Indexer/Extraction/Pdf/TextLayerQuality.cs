namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>What a page's text layer is worth.</summary>
internal enum PageTextKind
{
    Text,
    Empty,
    Garbled,
}

/// <summary>
/// Tells a usable text layer from an empty one and from a garbled one (fonts whose glyphs map to symbols or to
/// consonant soup, as in the OAS copy of the Spanish Budapest Convention): real text is mostly letters, and
/// most of its letters sit in words (not scattered one by one), and most of its longer words contain a vowel. Digits count as real text and dot leaders as nothing (tables of
/// section numbers, dates and leaders).
/// </summary>
internal static class TextLayerQuality
{
    private const int MinLetters = 20;
    private const double MinAlphanumericShare = 0.55;
    private const double MinVowelWordShare = 0.6;
    private const int MinWordLetters = 3;
    private const double MinLettersInWordsShare = 0.5;
    private const string Vowels = "aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ";

    public static PageTextKind Assess(IEnumerable<string> lines)
    {
        int alphanumerics = 0, letters = 0, lettersInWords = 0, visible = 0, longWords = 0, vowelWords = 0;
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c) || c is '.' or '…' or '_' or '-') continue;
                visible++;
                if (char.IsLetterOrDigit(c)) alphanumerics++;
                if (char.IsLetter(c)) letters++;
            }
            var text = line.AsSpan();
            foreach (var range in text.Split(' '))
            {
                var word = text[range];
                var wordLetters = 0;
                var hasVowel = false;
                foreach (var c in word)
                {
                    if (!char.IsLetter(c)) continue;
                    wordLetters++;
                    hasVowel = hasVowel || Vowels.Contains(char.ToLowerInvariant(c));
                }
                if (wordLetters >= MinWordLetters) lettersInWords += wordLetters;
                if (word.Length < 4 || wordLetters != word.Length) continue;
                longWords++;
                if (hasVowel) vowelWords++;
            }
        }
        if (alphanumerics < MinLetters) return visible < MinLetters ? PageTextKind.Empty : PageTextKind.Garbled;
        if (alphanumerics < MinAlphanumericShare * visible) return PageTextKind.Garbled;
        if (lettersInWords < MinLettersInWordsShare * letters) return PageTextKind.Garbled;
        return longWords >= 10 && vowelWords < MinVowelWordShare * longWords ? PageTextKind.Garbled : PageTextKind.Text;
    }
}

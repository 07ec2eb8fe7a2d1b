using System.Globalization;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>A division heading (Libro › Título › Capítulo › Sección; Part › Division; Title › Chapter › Subchapter), in the words of <see cref="LanguageVocabulary.Divisions"/>.</summary>
/// <param name="Level">0 = book … 4 = section / subchapter / division; deeper levels close when a shallower one opens.</param>
/// <param name="Label">Short label for the path: "Título VII bis", "Capítulo primero", "Chapter 47".</param>
public sealed partial record StructureHeading(int Level, string Label)
{
    public static StructureHeading? Recognize(string line)
    {
        if (line.Length > 160 || Citation().IsMatch(line)) return null;
        var match = Heading.Match(line.TrimStart('#'));
        if (!match.Success) return null;
        var keyword = match.Groups["kw"].Value;
        if (IsEnglishInText(keyword) && !EnglishHeadingTail().IsMatch(line.TrimStart('#')[match.Length..])) return null;
        var level = LevelOf(keyword);
        var numeral = match.Groups["num"].Value;
        var suffix = match.Groups["latin"].Success ? " " + match.Groups["latin"].Value.ToLowerInvariant() : "";
        return new StructureHeading(level, $"{TitleCase(keyword)} {NumeralCase(numeral)}{suffix}");
    }

    /// <summary>"Title 50. Section 802 of this Act…" in a note is a citation; as a heading the English words stand alone or before a dash.</summary>
    private static bool IsEnglishInText(string keyword) => LanguageVocabulary.DivisionWordsInSentences.Contains(keyword);

    private static readonly (Regex Word, DivisionLevel Level)[] Levels =
    [
        .. LanguageVocabulary.Divisions.Select(d => (new Regex($"^(?:{d.Upper}|{d.Capitalized})$"), d.Level)),
    ];

    private static int LevelOf(string keyword)
    {
        foreach (var (word, level) in Levels)
        {
            if (word.IsMatch(keyword)) return (int)level;
        }
        return (int)DivisionLevel.Section;
    }

    private static string TitleCase(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static string NumeralCase(string numeral) =>
        RomanOrDigits().IsMatch(numeral) ? numeral.ToUpperInvariant() : numeral.ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:$|[—–-]|:)")]
    private static partial Regex EnglishHeadingTail();

    /// <summary>"Title 25." on a line of its own is the end of a citation in a note, not a heading.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\s+\S+\.$")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:[IVXLCDM]+|\d+[A-Z]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanOrDigits();

    private static readonly Regex Heading = new(
        @"^(?<kw>" + LanguageVocabulary.DivisionWords + @")\s+(?<num>[IVXLCDM]+|\d+[A-Z]?|(?i:" + LanguageVocabulary.Ordinals + @"))(?:\s+(?<latin>BIS|Bis|bis|TER|Ter|ter))?(?=$|[\s.\-–—:,])(?!\s+\p{Ll})(?!\s*,)",
        RegexOptions.Compiled);
}

using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// Joins words hyphenated across line ends onto the first line. The hyphen is dropped when the joined word
/// occurs elsewhere in the document ("informá-/tico" → "informático"), kept when the hyphenated form does
/// ("non-/Federal" → "non-Federal") or the second part is capitalised; otherwise a lower-case continuation is a
/// syllable break and the hyphen goes ("traf-/fickers"). Numbers such as "154-A" are never split from their letter.
/// </summary>
internal static partial class Dehyphenator
{
    private const int MaxWordLength = 64;

    /// <returns>The lines with hyphenated words made whole, and how many words were joined.</returns>
    public static (IReadOnlyList<PdfLine> Lines, int Joins) Join(IReadOnlyList<PdfLine> lines) =>
        JoinAll([.. lines], Vocabulary(lines));

    private static (IReadOnlyList<PdfLine>, int) JoinAll(List<PdfLine> lines, HashSet<string> vocabulary)
    {
        var output = new List<PdfLine>(lines.Count);
        var joins = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (i + 1 < lines.Count && TryJoin(line.Text, lines[i + 1].Text, vocabulary) is { } joined)
            {
                line = line with { Text = joined.First };
                joins++;
                if (joined.Remainder.Length > 0)
                {
                    lines[i + 1] = lines[i + 1] with { Text = joined.Remainder };
                    break;
                }
                i++;
            }
            output.Add(line);
        }
        return (output, joins);
    }

    /// <returns>The first line with the whole word, and what is left of the second line; null when not hyphenated.</returns>
    internal static (string First, string Remainder)? TryJoin(string first, string second, IReadOnlySet<string> vocabulary)
    {
        if (first.Length < 2 || first[^1] is not ('-' or '\u2010' or '¬')) return null;
        var end = HyphenatedEnd().Match(first);
        if (!end.Success) return null;
        var start = NextWord().Match(second);
        if (!start.Success) return null;

        var prefix = end.Groups["prefix"].Value;
        var hyphen = end.Groups["hyphen"].Value;
        var word = start.Groups["word"].Value;
        var token = start.Value.TrimEnd();
        var rest = second[start.Length..].TrimStart();
        var head = first[..^hyphen.Length];

        if (char.IsDigit(prefix[^1]))
        {
            return word.Length <= 3 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) ? (first + token, rest) : null;
        }

        var joined = (prefix + word).ToLowerInvariant();
        if (vocabulary.Contains(joined)) return (head + token, rest);
        if (vocabulary.Contains((prefix + "-" + word).ToLowerInvariant()) || !char.IsLower(word[0])) return (head + "-" + token, rest);
        return (head + token, rest);
    }

    /// <summary>Every word of the document, lower-cased, with inner hyphens kept ("non-federal").</summary>
    private static HashSet<string> Vocabulary(IReadOnlyList<PdfLine> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var line in lines)
        {
            var text = line.Text;
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    var word = text.AsSpan(start, i - start);
                    if (word.Length <= MaxWordLength)
                    {
                        // Look the word up lower-cased in place: a new string only for a word not seen before.
                        var length = word.ToLowerInvariant(lower);
                        lookup.Add(lower[..length]);
                    }
                    else
                    {
                        words.Add(word.ToString().ToLowerInvariant());
                    }
                    start = -1;
                }
            }
        }
        return words;
    }

    [GeneratedRegex(@"(?<prefix>[\p{L}\d][\p{L}\p{M}]*)(?<hyphen>[-\u2010¬])$", RegexOptions.RightToLeft)]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^(?<word>[\p{L}\d][\p{L}\p{M}\d]*)\S*\s*")]
    private static partial Regex NextWord();
}

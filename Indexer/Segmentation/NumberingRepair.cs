namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Repairs numbers a text layer misread, from their neighbours: "2691" between "269H" and "269J" is "269I"
/// (a letter read as a digit); "12" where article 1 is due and "2" follows is article 1 with footnote 2 glued on.
/// Only a change that puts the number back in sequence is made, and it is recorded.
/// </summary>
public static class NumberingRepair
{
    private static readonly Dictionary<char, char> DigitLookalikes = new() { ['1'] = 'I', ['0'] = 'O', ['5'] = 'S', ['8'] = 'B', ['6'] = 'G', ['2'] = 'Z' };

    /// <summary>The repaired number, or null when the number fits its neighbours or cannot be explained as a misreading.</summary>
    public static string? Repair(string number, string? previous, string? next) =>
        LetterReadAsDigit(number, previous, next) ?? FootnoteGlued(number, previous, next);

    /// <summary>"Artikel 1 2" (footnote 2) read as "Artikel 12" between nothing and "Artikel 2 3": the article is 1.</summary>
    private static string? FootnoteGlued(string number, string? previous, string? next)
    {
        if (number.Length < 2 || number.Length > 6 || !number.All(char.IsAsciiDigit)) return null;
        var value = int.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var expected = previous is null ? 1 : NumberKey.Parse(previous) is { Parts.Count: 1 } key ? key.Base + 1 : -1;
        if (expected < 1 || value == expected) return null;
        var nextBase = next is null ? -1 : NumberKey.Parse(next).Base;
        if (nextBase == value + 1) return null;
        if (previous is null && !StartsWith(nextBase, expected + 1)) return null;
        return StartsWith(value, expected) ? expected.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>True when <paramref name="value"/> is <paramref name="prefix"/> followed by one or two more digits.</summary>
    private static bool StartsWith(int value, int prefix) => value / 10 == prefix || value / 100 == prefix;

    private static string? LetterReadAsDigit(string number, string? previous, string? next)
    {
        if (previous is null || number.Length < 2 || !number.All(char.IsAsciiDigit)) return null;
        var previousKey = NumberKey.Parse(previous);
        if (previousKey.Parts.Count != 2 || !char.IsAsciiLetter(previous[^1])) return null;
        if (!DigitLookalikes.TryGetValue(number[^1], out var letter)) return null;
        var candidate = number[..^1] + letter;
        var key = NumberKey.Parse(candidate);
        if (key.Base != previousKey.Base || key.CompareTo(previousKey) <= 0) return null;
        if (next is not null)
        {
            var nextKey = NumberKey.Parse(next);
            if (nextKey.Base == key.Base && nextKey.CompareTo(key) <= 0) return null;
            if (nextKey.Base != key.Base && NumberKey.Parse(number).CompareTo(nextKey) < 0) return null;
        }
        return candidate;
    }
}

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Repairs numbers a text layer misread, from their neighbours: "2691" between "269H" and "269J" is "269I"
/// (a letter read as a digit). Only a change that puts the number back in sequence is made, and it is recorded.
/// </summary>
public static class NumberingRepair
{
    private static readonly Dictionary<char, char> DigitLookalikes = new() { ['1'] = 'I', ['0'] = 'O', ['5'] = 'S', ['8'] = 'B', ['6'] = 'G', ['2'] = 'Z' };

    /// <summary>The repaired number, or null when the number fits its neighbours or cannot be explained as a misreading.</summary>
    public static string? Repair(string number, string? previous, string? next)
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

using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Orders article numbers as statutes do: 269 &lt; 269A &lt; 269B, 211 &lt; 211 bis &lt; 211 bis 1 &lt; 211 ter,
/// 234 &lt; 234.1 &lt; 234.2. Numbers that cannot be read (word ordinals) have no key.
/// </summary>
public sealed partial record NumberKey(IReadOnlyList<int> Parts) : IComparable<NumberKey>
{
    private static readonly string[] LatinOrdinals = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies", "undecies", "duodecies"];

    public static NumberKey Empty { get; } = new([]);

    public int Base => Parts.Count > 0 ? Parts[0] : -1;

    public bool IsEmpty => Parts.Count == 0;

    public static NumberKey Parse(string number)
    {
        var parts = new List<int>();
        foreach (Match token in Token().Matches(number))
        {
            var value = token.Value;
            if (char.IsAsciiDigit(value[0])) parts.Add(int.Parse(value.Length > 9 ? value[..9] : value, System.Globalization.CultureInfo.InvariantCulture));
            else if (value.Length == 1) parts.Add(char.ToUpperInvariant(value[0]) - 'A' + 1);
            else
            {
                var latin = Array.IndexOf(LatinOrdinals, ArticleNumber.CanonicalLatin(value));
                if (latin < 0) return parts.Count > 0 ? new NumberKey(parts) : Empty;
                parts.Add(latin + 2);
            }
        }
        return new NumberKey(parts);
    }

    public int CompareTo(NumberKey? other)
    {
        if (other is null) return 1;
        for (var i = 0; i < Math.Min(Parts.Count, other.Parts.Count); i++)
        {
            var c = Parts[i].CompareTo(other.Parts[i]);
            if (c != 0) return c;
        }
        return Parts.Count.CompareTo(other.Parts.Count);
    }

    public bool Equals(NumberKey? other) => other is not null && CompareTo(other) == 0;

    public override int GetHashCode() => Parts.Aggregate(17, (h, p) => h * 31 + p);

    [GeneratedRegex(@"\d+|\p{L}+")]
    private static partial Regex Token();
}

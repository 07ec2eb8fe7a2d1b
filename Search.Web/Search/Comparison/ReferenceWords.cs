using System.Globalization;

namespace LegalSearch.Web.Search.Comparison;

/// <summary>
/// The query a comparison ranks each country's candidates by: the content words of the Convention article (its
/// heading and operative text), so the provision that words the offence most as the Convention does comes first
/// (§ 1030 rather than § 2701 for illegal access). Words only — no punctuation reaches the grammar as syntax.
/// </summary>
public static class ReferenceWords
{
    private const int MaxWords = 48;
    private const int MinLength = 4;

    public static string From(string? heading, string text)
    {
        var body = heading is not null && text.Contains(heading, StringComparison.Ordinal)
            ? text[(text.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..]
            : text;
        var words = Words($"{heading} {body}")
            .Where(w => w.Length >= MinLength)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords);
        return string.Join(' ', words);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c)) word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}

using System.Text;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// Text in and out of Apertium. In: letters, digits, apostrophes, hyphens and spaces only (the stream format gives
/// <c>^ $ / &lt; &gt; [ ] { } @ * #</c> meanings). Out: <c>*word</c> (unknown, kept as typed), <c>@word</c> (no
/// translation) and <c>#word</c> (generation gap) lose their marks.
/// </summary>
public static class ApertiumText
{
    public static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text) kept.Append(char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' ? c : ' ');
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static int UnknownWords(string output) => Unknown(output).Count;

    /// <summary>The words Apertium marked unknown (<c>*word</c>), without the mark.</summary>
    public static IReadOnlyList<string> Unknown(string output) => [.. Tokens(output).Where(t => t.StartsWith('*')).Select(t => t.TrimStart('*'))];

    public static int WordCount(string text) => Tokens(text).Count(t => t.Any(char.IsLetter));

    /// <summary>The output without Apertium's marks.</summary>
    public static string Words(string output) =>
        string.Join(' ', Tokens(output).Select(t => t.TrimStart('*', '@', '#')).Where(t => t.Length > 0));

    /// <summary>True when the translation has a word the original does not (otherwise searching it repeats the user's words).</summary>
    public static bool AddsWords(string original, string translated)
    {
        var typed = Tokens(original).Select(Fold).ToHashSet(StringComparer.Ordinal);
        return Tokens(translated).Any(t => !typed.Contains(Fold(t)));
    }

    private static string Fold(string word) => word.ToLowerInvariant();

    private static string[] Tokens(string text) => text.Split([' ', '\n', '\t', '.', ','], StringSplitOptions.RemoveEmptyEntries);
}

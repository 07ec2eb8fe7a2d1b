using System.Text;
using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Extraction;

/// <summary>Whitespace and Unicode clean-up shared by all extractors: NFC, ligatures, collapsed spaces.</summary>
public static partial class TextNormalizer
{
    /// <summary><see cref="Clean"/>, and line breaks become spaces too (markup, where a newline is just whitespace).</summary>
    public static string CleanInline(string text) => Clean(LineBreaks().Replace(text, " "));

    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\u00AD': break; // soft hyphen
                case '\u00A0': sb.Append(' '); break;
                default:
                    if (c >= '\u0080' && c <= '\u009F') sb.Append(C1Replacement(c));
                    else if (char.IsControl(c) && c != '\n') sb.Append(' ');
                    else sb.Append(c);
                    break;
            }
        }
        return Spaces().Replace(sb.ToString().Normalize(NormalizationForm.FormC), " ").Trim();
    }

    /// <summary>
    /// True when <see cref="Clean"/> would return the text unchanged: single inner spaces and nothing but printable
    /// ASCII and Latin-1/Latin Extended-A letters, which are already NFC. Most lines of a PDF take this path.
    /// </summary>
    private static bool IsClean(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            if (c < '\u0021' || c is >= '\u007F' and <= '\u00A0' || c == '\u00AD' || c >= '\u0180') return false;
        }
        return true;
    }

    /// <summary>C1 controls in text decoded as latin1 stand for windows-1252 punctuation (e.g. U+0096 is an en dash).</summary>
    private static string C1Replacement(char c) => c switch
    {
        '\u0091' or '\u0092' => "'",
        '\u0093' or '\u0094' => "\"",
        '\u0096' => "–",
        '\u0097' => "—",
        '\u0085' => "…",
        _ => " ",
    };

    [GeneratedRegex(@"[ \t\r\f\v\u2000-\u200B\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\r\n\u2028\u2029]+")]
    private static partial Regex LineBreaks();
}

using System.Globalization;
using System.Text;

namespace LegalSearch.Indexer.Domain;

/// <summary>Slugs for provision anchors and ids: "211 bis 1" → "211-bis-1", "269A" → "269a", "234.1" → "234-1".</summary>
public static class ProvisionSlug
{
    public static string From(string number)
    {
        var folded = Fold(number.ToLowerInvariant());
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Web.Components.Shared;

/// <summary>
/// Marks the words of the search a reader came from in a statute's text (accents and case folded; a word matches a
/// term when it starts with the term's first five letters, a light stand-in for stemming). Text is HTML-encoded;
/// the only markup added is &lt;mark&gt;.
/// </summary>
public static class Highlight
{
    private const int StemLength = 5;

    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] :
        [.. query.Split([' ', '"', '(', ')', '*', '?', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w.Any(char.IsLetter) && w is not ("AND" or "OR" or "NOT") && !w.Contains('/'))
            .Select(w => Fold(w.TrimStart('-')))
            .Select(w => w.Length > StemLength ? w[..StemLength] : w)
            .Distinct()];

    public static MarkupString Marked(string text, IReadOnlyList<string> terms)
    {
        var html = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                html.Append(LegalSearch.Web.Html.HtmlText.Encode(text[i].ToString()));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i];
            var encoded = LegalSearch.Web.Html.HtmlText.Encode(word);
            var folded = Fold(word);
            html.Append(terms.Count > 0 && terms.Any(t => folded.StartsWith(t, StringComparison.Ordinal)) ? $"<mark>{encoded}</mark>" : encoded);
        }
        return new MarkupString(html.ToString());
    }

    private static string Fold(string word) => ProvisionSlug.Fold(word.ToLower(CultureInfo.InvariantCulture));
}

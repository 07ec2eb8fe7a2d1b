using System.Text;

namespace LegalSearch.Web.Html;

/// <summary>
/// Encodes text for HTML element content and quoted attributes: &amp; &lt; &gt; &quot; &#39; only, so accents,
/// ñ, ç and § stay readable characters (UTF-8 pages) instead of numeric entities.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}

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
        return new StringBuilder(text.Length + 16).AppendEncoded(text).ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded as <see cref="Encode"/> does.</summary>
    public static StringBuilder AppendEncoded(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }
}

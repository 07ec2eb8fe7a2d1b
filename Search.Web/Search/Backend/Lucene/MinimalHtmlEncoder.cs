using Lucene.Net.Search.Highlight;
using LegalSearch.Web.Html;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>The highlighter's encoder: every piece of statute text goes through <see cref="HtmlText.Encode"/>.</summary>
public sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => HtmlText.Encode(originalText);
}

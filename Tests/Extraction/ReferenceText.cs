using System.Net;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Extraction.Html;
using LegalSearch.Indexer.Extraction.Ocr;

namespace LegalSearch.Tests.Extraction;

/// <summary>Independent renderings to compare our extraction with: `pdftotext -layout`, and naive tag stripping for HTML/XML.</summary>
public static partial class ReferenceText
{
    public static async Task<string> PdfToTextLayoutAsync(string path)
    {
        var result = await ExternalProcess.RunAsync("pdftotext", ["-layout", path, "-"]);
        Assert.That(result.ExitCode, Is.Zero, $"pdftotext failed on {path}: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>The markup's text with every tag removed (head, scripts and styles dropped), entities decoded.</summary>
    public static string Markup(string path)
    {
        var text = HtmlDecoder.Decode(File.ReadAllBytes(path));
        text = Invisible().Replace(text, " ");
        text = Tag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(head|script|style)\b.*?</\1\s*>|<!--.*?-->|<\?.*?\?>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}

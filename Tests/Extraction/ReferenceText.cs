using System.Net;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Extraction.Html;
using LegalSearch.Indexer.Extraction.Ocr;

namespace LegalSearch.Tests.Extraction;

/// <summary>Independent renderings to compare our extraction with: `pdftotext -layout`, and naive tag stripping for HTML/XML.</summary>
public static partial class ReferenceText
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> Cache = new();

    /// <summary>The reference rendering of a corpus file, computed once per test run.</summary>
    public static Task<string> ForAsync(ExtractedFile file) =>
        Cache.GetOrAdd(file.Document.LocalPath, path => new Lazy<Task<string>>(() =>
            file.IsPdf ? PdfToTextLayoutAsync(path) : Task.FromResult(Markup(path)))).Value;

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

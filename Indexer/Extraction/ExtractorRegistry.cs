using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction.Html;
using LegalSearch.Indexer.Extraction.Markdown;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Indexer.Extraction.Xml;

namespace LegalSearch.Indexer.Extraction;

/// <summary>
/// Picks the extractor for a document by format, after the checks every file passes whatever its format: its size
/// (<see cref="SizeLimits"/>) and its first bytes (<see cref="ContentSniffer"/>).
/// </summary>
public sealed class ExtractorRegistry(IReadOnlyList<IExtractor> extractors, SizeLimits? limits = null)
{
    public static ExtractorRegistry CreateDefault(ExtractionOptions options) => new(
    [
        new PdfExtractor(options),
        new HtmlExtractor(),
        new XmlExtractor(),
        new MarkdownExtractor(),
    ], options.Limits);

    public SizeLimits Limits { get; } = limits ?? SizeLimits.Default;

    public static IReadOnlySet<string> SupportedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".htm", ".html", ".xml", ".md", ".txt" };

    public bool CanExtract(SourceDocument document) => extractors.Any(e => e.CanExtract(document));

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var extractor = extractors.FirstOrDefault(e => e.CanExtract(document))
            ?? throw new ExtractionException($"unsupported file type '{Path.GetExtension(document.LocalPath)}'");
        Limits.CheckFile(document.LocalPath);
        ContentSniffer.Check(document.LocalPath);
        return extractor.Extract(document, cancellationToken);
    }
}

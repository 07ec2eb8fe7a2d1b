using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Segmentation;

namespace LegalSearch.Indexer.Indexing;

/// <summary>Extraction → language → segmentation for one source file: the pure part of indexing (no index I/O).</summary>
public sealed class StatuteBuilder(ExtractorRegistry extractors)
{
    public Statute Build(SourceDocument document, string statuteId, CancellationToken cancellationToken = default)
    {
        var extracted = extractors.Extract(document, cancellationToken);
        var text = extracted.CurrentText;
        if (text.Count(char.IsLetter) < 20) throw new ExtractionException("no text could be extracted");
        var language = document.Metadata.Language ?? LanguageDetector.Detect(text);
        var segmented = StatuteSegmenter.SegmentWithRepeats(extracted, language);
        if (segmented.Provisions.Count == 0) throw new ExtractionException("no provisions found in the text");
        var longest = segmented.Provisions.MaxBy(p => p.Text.Length)!;
        if (longest.Text.Length > extractors.Limits.MaxProvisionChars)
        {
            throw new ExtractionException($"provision too large: {longest.Number} has {longest.Text.Length:N0} characters > {extractors.Limits.MaxProvisionChars:N0} (a text without the markers that start its provisions?)");
        }
        var report = SegmentationReport.Describe(extracted, segmented);
        var provisions = CodeTitlePath.Prefix(segmented.Provisions, document.Metadata);
        return new Statute(statuteId, document.Metadata, language, document.Source, provisions, extracted.Ocr, report.Lines());
    }
}

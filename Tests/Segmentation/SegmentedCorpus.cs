using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Segmentation;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Segmentation;

/// <summary>Every shared-corpus file with a text layer, extracted (OCR off) and segmented once per test run.</summary>
public static class SegmentedCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, SegmentedStatute>> All = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyDictionary<string, SegmentedStatute> Statutes => All.Value;

    public static SegmentedStatute Get(string relative) =>
        All.Value.TryGetValue(relative, out var statute) ? statute : throw new AssertionException($"not segmented: {relative}");

    private static IReadOnlyDictionary<string, SegmentedStatute> Build()
    {
        var extractors = ExtractorRegistry.CreateDefault(new ExtractionOptions(EnableOcr: false));
        var result = new Dictionary<string, SegmentedStatute>(StringComparer.Ordinal);
        foreach (var scanned in CorpusDocuments.Scanned.Where(HasTextLayer))
        {
            var document = scanned.Document;
            var extracted = extractors.Extract(document);
            var language = document.Metadata.Language ?? "es";
            var segmented = StatuteSegmenter.SegmentWithRepeats(extracted, language);
            result[document.Source] = new SegmentedStatute(document.Source, extracted, segmented.Provisions, SegmentationReport.Describe(extracted, segmented));
        }
        return result;
    }

    /// <summary>Scans without text need OCR, and the Spanish Convention's text layer is garbled: both are OCR's business.</summary>
    private static bool HasTextLayer(Indexer.Sources.ScannedSource scanned) =>
        scanned.Document.Metadata.TextLayer != false && !scanned.Document.Source.Contains("garbled", StringComparison.Ordinal);
}

public sealed record SegmentedStatute(string Source, ExtractedDocument Extracted, IReadOnlyList<Provision> Provisions, SegmentationReport Report)
{
    public IReadOnlyList<Provision> Articles => [.. Provisions.Where(p => p.Kind == ProvisionKinds.Article)];

    public Provision Single(string number)
    {
        var found = Provisions.Where(p => p.Number == number).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"{Source}: provision {number}");
        return found[0];
    }
}

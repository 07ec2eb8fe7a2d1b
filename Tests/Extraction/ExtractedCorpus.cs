using System.Collections.Concurrent;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Extraction;

/// <summary>One file of the shared corpus after extraction (OCR off), or the reason it could not be extracted.</summary>
/// <param name="RemovedRunningWords">PDF words dropped on purpose as running headers, footers and page numbers.</param>
/// <param name="JoinedHyphenations">PDF words made whole across a line end (two reference words become one).</param>
public sealed record ExtractedFile(
    SourceDocument Document, ExtractedDocument? Extracted, int RemovedRunningWords, int JoinedHyphenations, ExtractionException? Error)
{
    public string Text => Extracted is null ? "" : string.Join("\n", Extracted.Blocks.Select(b => b.Text));

    public bool IsPdf => Document.LocalPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Every file of the shared corpus extracted once per test run with OCR disabled (the OCR tests read a few pages
/// themselves), shared by the extraction fixtures so the corpus is parsed only once.
/// </summary>
public static class ExtractedCorpus
{
    private static readonly Lazy<IReadOnlyList<ExtractedFile>> Files = new(ExtractAll, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<ExtractedFile> All => Files.Value;

    public static ExtractedFile Get(string relative) =>
        All.FirstOrDefault(f => f.Document.Source == relative) ?? throw new AssertionException($"not extracted: {relative}");

    private static IReadOnlyList<ExtractedFile> ExtractAll()
    {
        var options = new ExtractionOptions(EnableOcr: false);
        var pdf = new PdfExtractor(options);
        var registry = ExtractorRegistry.CreateDefault(options);
        var results = new ConcurrentBag<ExtractedFile>();
        Parallel.ForEach(CorpusDocuments.Scanned, new ParallelOptions { MaxDegreeOfParallelism = 2 }, scanned =>
        {
            var document = scanned.Document;
            try
            {
                if (pdf.CanExtract(document))
                {
                    var extraction = pdf.ExtractWithReport(document);
                    results.Add(new ExtractedFile(document, extraction.Document, extraction.RemovedRunningWords, extraction.JoinedHyphenations, null));
                }
                else
                {
                    results.Add(new ExtractedFile(document, registry.Extract(document), 0, 0, null));
                }
            }
            catch (ExtractionException ex)
            {
                results.Add(new ExtractedFile(document, null, 0, 0, ex));
            }
        });
        return results.OrderBy(f => f.Document.Source, StringComparer.Ordinal).ToList();
    }
}

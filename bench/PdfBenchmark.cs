using System.Diagnostics;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Ocr;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Bench;

/// <summary>One PDF measured both ways.</summary>
internal sealed record PdfBenchResult(string Source, int Pages, int ReferenceWords, int Words, int RemovedWords, double ReferenceSeconds, double Seconds, string? Error);

/// <summary>
/// Runs `pdftotext -layout` and our PDF stage (OCR off) one file after the other and reports words and pages per
/// second. pdftotext reads a file on one thread; we read a file's pages on as many workers as asked (default one,
/// like the indexer), which the summary line states. Files that need OCR are listed but left out of the throughput.
/// </summary>
internal static class PdfBenchmark
{
    /// <param name="pageWorkers">Pages of one PDF read at once; pdftotext always uses one.</param>
    public static async Task<IReadOnlyList<PdfBenchResult>> RunAsync(string corpus, string? dumpFolder, int pageWorkers, TextWriter log)
    {
        var pdfs = LocalSourceScanner.Scan([corpus])
            .Where(s => s.Document.LocalPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Document)
            .ToList();
        var extractor = new PdfExtractor(new ExtractionOptions(EnableOcr: false, PdfParallelism: pageWorkers));
        if (pdfs.Count > 0) Warm(extractor, pdfs.MinBy(p => new FileInfo(p.LocalPath).Length)!);
        if (dumpFolder is not null) Directory.CreateDirectory(dumpFolder);

        var results = new List<PdfBenchResult>();
        foreach (var pdf in pdfs)
        {
            var reference = Stopwatch.StartNew();
            var layout = await ExternalProcess.RunAsync("pdftotext", ["-layout", pdf.LocalPath, "-"]);
            reference.Stop();

            var ours = Stopwatch.StartNew();
            string? error = null;
            var text = "";
            var pages = 0;
            var removed = 0;
            try
            {
                var extraction = extractor.ExtractWithReport(pdf);
                text = string.Join("\n", extraction.Document.Blocks.Select(b => b.Text));
                pages = extraction.Document.PageCount;
                removed = extraction.RemovedRunningWords;
                error = extraction.Document.Warnings.Count > 0 ? string.Join("; ", extraction.Document.Warnings) : null;
            }
            catch (ExtractionException ex)
            {
                error = ex.Message;
            }
            ours.Stop();

            if (dumpFolder is not null) File.WriteAllText(Path.Combine(dumpFolder, Path.GetFileName(pdf.LocalPath) + ".txt"), text);
            var result = new PdfBenchResult(pdf.Source, pages, WordCount.Of(layout.StandardOutput), WordCount.Of(text), removed,
                reference.Elapsed.TotalSeconds, ours.Elapsed.TotalSeconds, error);
            log.WriteLine($"{result.Source}: {result.Seconds:F2} s");
            results.Add(result);
        }
        return results;
    }

    public static void PrintTable(IReadOnlyList<PdfBenchResult> results, int workers, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"file",-72} {"pages",5} {"pdftotext",9} {"ours",8} {"headers",7} {"ratio",6} {"+hdrs",6} {"ref s",6} {"our s",6}  note");
        foreach (var r in results)
        {
            var ratio = r.ReferenceWords == 0 ? double.NaN : (double)r.Words / r.ReferenceWords;
            var withHeaders = r.ReferenceWords == 0 ? double.NaN : (double)(r.Words + r.RemovedWords) / r.ReferenceWords;
            output.WriteLine($"{r.Source,-72} {r.Pages,5} {r.ReferenceWords,9} {r.Words,8} {r.RemovedWords,7} {ratio,6:F3} {withHeaders,6:F3} {r.ReferenceSeconds,6:F2} {r.Seconds,6:F2}  {r.Error}");
        }
        var measured = results.Where(r => r.Pages > 0).ToList();
        var pages = measured.Sum(r => r.Pages);
        var referenceRate = pages / measured.Sum(r => r.ReferenceSeconds);
        var ourRate = pages / measured.Sum(r => r.Seconds);
        output.WriteLine();
        output.WriteLine($"{measured.Count} PDFs, {pages} pages: pdftotext -layout {referenceRate:F1} pages/s, ours {ourRate:F1} pages/s ({workers} page workers), ratio {ourRate / referenceRate:F2}");
    }

    private static void Warm(PdfExtractor extractor, LegalSearch.Indexer.Domain.SourceDocument pdf)
    {
        try
        {
            extractor.Extract(pdf);
        }
        catch (ExtractionException)
        {
            // warming only loads code; the real run reports this file's error
        }
    }
}

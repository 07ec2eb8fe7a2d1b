using System.Diagnostics;
using System.Globalization;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Ocr;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Bench.Pdf;

/// <summary>One PDF measured both ways.</summary>
internal sealed record PdfBenchResult(string Source, int Pages, int ReferenceWords, int Words, int RemovedWords, double ReferenceSeconds, double Seconds, string? Error);

/// <summary>One pass over every PDF: pages per second both ways, over the files whose text layer we read.</summary>
internal sealed record PdfBenchRound(IReadOnlyList<PdfBenchResult> Results)
{
    private IEnumerable<PdfBenchResult> Measured => Results.Where(r => r.Pages > 0);

    public int Files => Measured.Count();

    public int Pages => Measured.Sum(r => r.Pages);

    public double ReferenceRate => Pages / Measured.Sum(r => r.ReferenceSeconds);

    public double Rate => Pages / Measured.Sum(r => r.Seconds);

    public double Ratio => Rate / ReferenceRate;
}

/// <summary>
/// Runs `pdftotext -layout` and our PDF stage (OCR off) one file after the other, in several rounds over the corpus,
/// and reports words and pages per second. Both sides read the same files in the same round, so machine noise hits
/// both. The first round is reported apart: it includes the .NET JIT warming up (as a fresh indexer process does);
/// the later rounds are the steady state. pdftotext reads a file on one thread; we read a file's pages on as many
/// workers as asked (default one, like the indexer), which the summary states. Files that need OCR are listed but
/// left out of the throughput.
/// </summary>
internal static class PdfBenchmark
{
    /// <param name="pageWorkers">Pages of one PDF read at once; pdftotext always uses one.</param>
    public static async Task<IReadOnlyList<PdfBenchRound>> RunAsync(string corpus, string? dumpFolder, int pageWorkers, int rounds, TextWriter log)
    {
        var pdfs = LocalSourceScanner.Scan([corpus])
            .Where(s => s.Document.LocalPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Document)
            .ToList();
        var extractor = new PdfExtractor(new ExtractionOptions(EnableOcr: false, PdfParallelism: pageWorkers));
        if (dumpFolder is not null) Directory.CreateDirectory(dumpFolder);

        var passes = new List<PdfBenchRound>();
        for (var round = 1; round <= rounds; round++)
        {
            var results = new List<PdfBenchResult>();
            foreach (var pdf in pdfs)
            {
                var result = await MeasureAsync(extractor, pdf, round == rounds ? dumpFolder : null);
                log.WriteLine($"round {round}: {result.Source}: {result.ReferenceSeconds:F2} s / {result.Seconds:F2} s");
                results.Add(result);
            }
            passes.Add(new PdfBenchRound(results));
        }
        return passes;
    }

    private static async Task<PdfBenchResult> MeasureAsync(PdfExtractor extractor, LegalSearch.Indexer.Domain.SourceDocument pdf, string? dumpFolder)
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
        return new PdfBenchResult(pdf.Source, pages, WordCount.Of(layout.StandardOutput), WordCount.Of(text), removed,
            reference.Elapsed.TotalSeconds, ours.Elapsed.TotalSeconds, error);
    }

    /// <summary>The per-file table of the last round, one line per round, and the median of the steady rounds.</summary>
    public static void PrintReport(IReadOnlyList<PdfBenchRound> rounds, int workers, TextWriter output)
    {
        var last = rounds[^1];
        output.WriteLine();
        output.WriteLine($"{"file",-72} {"pages",5} {"pdftotext",9} {"ours",8} {"headers",7} {"ratio",6} {"+hdrs",6} {"ref s",6} {"our s",6}  note");
        foreach (var r in last.Results)
        {
            var ratio = r.ReferenceWords == 0 ? double.NaN : (double)r.Words / r.ReferenceWords;
            var withHeaders = r.ReferenceWords == 0 ? double.NaN : (double)(r.Words + r.RemovedWords) / r.ReferenceWords;
            output.WriteLine($"{r.Source,-72} {r.Pages,5} {r.ReferenceWords,9} {r.Words,8} {r.RemovedWords,7} {ratio,6:F3} {withHeaders,6:F3} {r.ReferenceSeconds,6:F2} {r.Seconds,6:F2}  {r.Error}");
        }

        output.WriteLine();
        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i];
            var label = i == 0 ? "round 1 (cold: JIT warming up)" : $"round {i + 1}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-31} {round.Files} PDFs, {round.Pages} pages: pdftotext -layout {round.ReferenceRate:F1} pages/s, ours {round.Rate:F1} pages/s, ratio {round.Ratio:F2}"));
        }
        var steady = rounds.Count > 1 ? rounds.Skip(1).ToList() : rounds.ToList();
        var ratios = steady.Select(r => r.Ratio).Order().ToList();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median ratio of {(rounds.Count > 1 ? "the warm rounds" : "the one round")}: {median:F2} ({workers} page worker{(workers == 1 ? "" : "s")}; pdftotext uses one)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused, {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated"));
    }
}

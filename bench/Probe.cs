using System.Diagnostics;
using UglyToad.PdfPig;
namespace LegalSearch.Bench;
internal static class Probe
{
    public static void Run(string path)
    {
        var sw = Stopwatch.StartNew();
        using (var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false }))
        {
            long n = 0;
            for (var i = 1; i <= pdf.NumberOfPages; i++) n += pdf.GetPage(i).Letters.Count;
            Console.WriteLine($"letters only: {sw.Elapsed.TotalSeconds:F2}s {n}");
        }
        sw.Restart();
        using (var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false }))
        {
            long n = 0;
            for (var i = 1; i <= pdf.NumberOfPages; i++) { var p = pdf.GetPage(i); n += LegalSearch.Indexer.Extraction.Pdf.PageLines.Read(p).Count; }
            Console.WriteLine($"letters+lines: {sw.Elapsed.TotalSeconds:F2}s {n}");
        }
    }
}

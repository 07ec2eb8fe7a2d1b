using System.Globalization;

namespace LegalSearch.Bench.Pdf;

/// <summary>`pdf [corpus] [--rounds N] [--workers N] [--dump DIR]` and `pdf --blocks FILE`: the PDF stage next to pdftotext.</summary>
internal static class PdfCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--blocks", var file])
        {
            BlockDump.Print(file, Console.Out);
            return 0;
        }

        var dump = OptionValue(args, "--dump");
        var workers = OptionValue(args, "--workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 1;
        var rounds = OptionValue(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 4;
        if (workers < 1 || rounds < 1)
        {
            Console.Error.WriteLine("--workers and --rounds take a whole number of at least 1");
            return 2;
        }
        var corpus = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal)))
            .FirstOrDefault() ?? BenchPaths.DefaultCorpus();

        var results = await PdfBenchmark.RunAsync(corpus, dump, workers, rounds, Console.Out);
        PdfBenchmark.PrintReport(results, workers, Console.Out);
        return 0;
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

using System.Globalization;
using LegalSearch.Bench;

// PDF stage throughput next to pdftotext, on the same files in the same run:
//   dotnet run -c Release --project bench -- [corpus-folder] [--rounds N] [--workers N] [--dump DIR]
// The blocks one file extracts to:
//   dotnet run -c Release --project bench -- --blocks FILE
// Latency of each query-language form over an index (p50/p99):
//   dotnet run -c Release --project bench -- --query-forms INDEX-DIR [--rounds N]
if (args is ["--blocks", var file])
{
    BlockDump.Print(file, Console.Out);
    return 0;
}
if (args is ["--query-forms", var indexPath, ..])
{
    QueryFormsBenchmark.Run(indexPath, OptionValue("--rounds") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 200, Console.Out);
    return 0;
}

var dump = OptionValue("--dump");
var workers = OptionValue("--workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 1;
var rounds = OptionValue("--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 4;
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

string? OptionValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

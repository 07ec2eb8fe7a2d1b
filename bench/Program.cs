using LegalSearch.Bench;

// PDF stage throughput next to pdftotext, on the same files in the same run:
//   dotnet run -c Release --project bench -- [corpus-folder] [--dump DIR]
// The blocks one file extracts to:
//   dotnet run -c Release --project bench -- --blocks FILE
if (args is ["--blocks", var file])
{
    BlockDump.Print(file, Console.Out);
    return 0;
}

var dumpIndex = Array.IndexOf(args, "--dump");
var dump = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? args[dumpIndex + 1] : null;
var corpus = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != dumpIndex + 1).FirstOrDefault()
    ?? BenchPaths.DefaultCorpus();

var results = await PdfBenchmark.RunAsync(corpus, dump, Console.Out);
PdfBenchmark.PrintTable(results, Console.Out);
return 0;

using LegalSearch.Bench;
if (args.Length > 1 && args[0] == "--probe") { LegalSearch.Bench.Probe.Run(args[1]); return 0; }

// PDF stage throughput next to pdftotext, on the same files in the same run:
//   dotnet run -c Release --project bench -- [corpus-folder] [--dump DIR]
var dumpIndex = Array.IndexOf(args, "--dump");
var dump = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? args[dumpIndex + 1] : null;
var corpus = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != dumpIndex + 1).FirstOrDefault()
    ?? BenchPaths.DefaultCorpus();

var results = await PdfBenchmark.RunAsync(corpus, dump, Console.Out);
PdfBenchmark.PrintTable(results, Console.Out);
return 0;

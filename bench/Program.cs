using System.Globalization;
using LegalSearch.Bench.Indexing;
using LegalSearch.Bench.Pdf;
using LegalSearch.Bench.Search;

namespace LegalSearch.Bench;

// The bench's command line (bench/README.md):
//   dotnet run -c Release --project bench -- <command> [options]   (bench/README.md)
//     all                      index, search, load and scale, one report in bench/results/latest.md
//     index   [--rounds N]     segmented provisions → committed index, ours vs FTS5; whole corpus end to end
//     search  [--rounds N] [--no-http]   the query mix, ours (in process, HTTP) vs FTS5
//     load    [--seconds N] [--clients 1,8]   /api/search under 1 and 8 clients
//     --baseline-web DLL (search, load, all): another Search.Web build served side by side, e.g. the code before a change
//     scale   [--sizes 100000,300000] [--rounds N]   synthetic corpora: index time (wall, CPU), size, latency (wall, CPU) and its growth
//     dump    FILE [--repeat]  every query's total, facets, hits and snippets as JSON lines (diff two builds; --repeat: a second pass)
//     index-diff INDEX-DIR INDEX-DIR   two indexes compared field by field, documents matched by id (exit code 1 when they differ)
//     pdf     [corpus] [--rounds N] [--workers N] [--dump DIR] | --blocks FILE   PDF stage vs pdftotext
//     query-forms INDEX-DIR [--rounds N]   p50/p99 of each query-language form (bench/QueryForms.md)
//     hostile [--index DIR] [--seconds N]   issue 16's costly requests against the real server, and their effect on ordinary queries' p50
//   --mix keywords|natural (search, load, scale, dump, all): Search/queries.json (default) or the natural-language
//     queries of the retrieval tuning set (Tests/Retrieval/evaluation-set.json), FTS5 given every typed word
//   Common: --corpus DIR (default ../shared/corpus), --work DIR (indexes; default $TMPDIR/legalsearch-bench)
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "pdf";
        var options = args.Length > 0 && args[0] == command ? args[1..] : args;

        if (command == "pdf") return await PdfCommand.RunAsync(options);
        if (command == "query-forms" && options.Length > 0)
        {
            QueryFormsBenchmark.Run(options[0], Number(options, "--rounds", 200), Console.Out);
            return 0;
        }
        if (command == "index-diff" && options.Length == 2) return IndexDiff.Run(options[0], options[1], Console.Out) == 0 ? 0 : 1;
        if (command == "hostile") return await Hostile.HostileLoadBenchmark.RunAsync(options, Console.Out);
        if (command is not ("all" or "index" or "search" or "load" or "scale" or "dump"))
        {
            Console.Error.WriteLine($"unknown command '{command}': all, index, search, load, scale, dump, index-diff (two folders), query-forms, pdf or hostile (see bench/README.md)");
            return 2;
        }

        var natural = Option(options, "--mix") switch
        {
            null or "keywords" => false,
            "natural" => true,
            var other => throw new ArgumentException($"unknown --mix '{other}': keywords (Search/queries.json) or natural (Tests/Retrieval/evaluation-set.json)"),
        };
        var context = new BenchContext(
            Option(options, "--corpus") ?? BenchPaths.DefaultCorpus(),
            Option(options, "--work") ?? Path.Combine(Path.GetTempPath(), "legalsearch-bench"),
            Console.Out,
            mix: natural ? BenchQuery.LoadNaturalMix() : null,
            mixName: natural ? "natural mix, the tuning set's queries" : "keyword mix, Search/queries.json",
            otherMix: natural ? BenchQuery.LoadMix() : BenchQuery.LoadNaturalMix());
        if (command == "dump")
        {
            ResultDump.Write(context, options.Length > 0 && !options[0].StartsWith("--", StringComparison.Ordinal) ? options[0] : "results/dump.jsonl", options.Contains("--repeat"));
            return 0;
        }
        var rounds = Number(options, "--rounds", command == "index" ? 3 : 5);
        if (command is "all" or "index") IndexComparison.Run(context, command == "all" ? 3 : rounds);
        if (command is "all" or "search") await SearchComparison.RunAsync(context, command == "all" ? 5 : rounds, http: !options.Contains("--no-http"), Option(options, "--baseline-web"));
        if (command is "all" or "load")
        {
            var clients = (Option(options, "--clients") ?? "1,8").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
            await LoadBenchmark.RunAsync(context, clients, TimeSpan.FromSeconds(Number(options, "--seconds", 30)), Option(options, "--baseline-web"));
        }
        if (command is "all" or "scale")
        {
            var sizes = (Option(options, "--sizes") ?? "100000,300000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
            ScaleBenchmark.Run(context, sizes, command == "all" ? 2 : Number(options, "--rounds", 2));
        }
        if (!context.Targets.IsEmpty) context.Report.Add("Targets (issue 15)", context.Targets.ToString());
        Console.WriteLine($"written to {BenchPaths.LatestResults()}");
        return 0;
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }

    private static int Number(string[] options, string name, int fallback) => Option(options, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

namespace LegalSearch.Indexer.Cli;

/// <summary>The Indexer command line: `index`, `crawl` and `stats` (DESIGN.md, "CLI").</summary>
public static class Program
{
    private const string Usage = """
        Usage:
          index <file-or-folder>... [--index DIR] [--no-ocr] [--rebuild]
                                                    index local statutes (reads manifest.json / sidecars) as one run:
                                                    the index then holds exactly these sources; unchanged files are
                                                    not extracted again unless --rebuild
          crawl [--sources FILE] [--seed URL]... [--cache DIR] [--index DIR] [--report FILE] [--no-ocr]
                [--delay S] [--timeout S] [--retries N] [--retry-delay S] [--max-mb N]
                                                              fetch link pages and documents over HTTP, index them
                                                              (no --seed and no --sources: corpus/sources.json)
          stats [--index DIR] [--statute ID]                  statute and provision counts; one statute's segmentation report
        Index folder: --index, else $LEGALSEARCH_INDEX, else data/index.
        Exit codes: 0 all done, 1 done with failures (listed), 2 bad usage, 3 index missing, locked, unreadable or unwritable.
        """;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            var arguments = CliArguments.Parse(args);
            return arguments.Command switch
            {
                "index" => IndexCommand.Run(arguments, Console.Out, Console.Error),
                "crawl" => await CrawlCommand.RunAsync(arguments, Console.Out, Console.Error),
                "stats" => StatsCommand.Run(arguments, Console.Out, Console.Error),
                "help" or "--help" or "-h" => PrintUsage(Console.Out, 0),
                _ => throw new UsageException($"unknown command '{arguments.Command}'"),
            };
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return PrintUsage(Console.Error, 2);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static int PrintUsage(TextWriter writer, int code)
    {
        writer.WriteLine(Usage);
        return code;
    }
}

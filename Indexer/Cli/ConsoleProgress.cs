using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Indexer.Cli;

/// <summary>Progress on the console: a redrawn bar on a terminal, one plain line per file otherwise (logs, CI).</summary>
public sealed class ConsoleProgress(TextWriter output, bool interactive) : IProgress<IndexProgress>
{
    public void Report(IndexProgress value)
    {
        var status = value.Error is not null ? $"FAILED: {value.Error}" : value.Unchanged ? "unchanged" : $"{value.Provisions} provisions";
        if (!interactive)
        {
            output.WriteLine($"[{value.Done}/{value.Total}] {value.Source}: {status}");
            return;
        }
        const int width = 30;
        var filled = value.Total == 0 ? width : value.Done * width / value.Total;
        var bar = new string('#', filled) + new string('.', width - filled);
        if (value.Error is not null) output.WriteLine($"\r{value.Source}: {status}".PadRight(100));
        output.Write($"\r[{bar}] {value.Done}/{value.Total} {Truncate(value.Source, 50),-50}");
        if (value.Done == value.Total) output.WriteLine();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : "…" + text[^(max - 1)..];
}

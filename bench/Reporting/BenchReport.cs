using System.Diagnostics;
using System.Runtime;
using System.Text;

namespace LegalSearch.Bench.Reporting;

/// <summary>
/// The sections one run produced, printed as they finish and written to <c>bench/results/latest.md</c>
/// (rewritten after every section, so an interrupted run keeps what it measured).
/// </summary>
internal sealed class BenchReport(string path, TextWriter console)
{
    private readonly List<string> sections = [];

    public void Add(string title, string markdown)
    {
        var section = $"## {title}\n\n{markdown.TrimEnd()}\n";
        sections.Add(section);
        console.WriteLine();
        console.WriteLine(section);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Header() + string.Join("\n", sections));
    }

    private static string Header()
    {
        var text = new StringBuilder();
        text.AppendLine("# LegalSearch benchmark results").AppendLine();
        text.AppendLine($"- run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {GitCommit()}, `{Environment.CommandLine}`");
        text.AppendLine($"- machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, bench process GC {(GCSettings.IsServerGC ? "server" : "workstation")}");
        text.AppendLine();
        return text.ToString();
    }

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
            if (git is null) return "?";
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}

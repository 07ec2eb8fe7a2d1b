using System.Text.Json;
using System.Text.RegularExpressions;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Cli;

/// <summary>The Indexer CLI on the whole shared corpus and on bad input, as a user runs it.</summary>
public sealed partial class IndexCliTests
{
    [Test]
    public void Indexing_the_shared_corpus_completes_and_names_each_failure()
    {
        var run = CorpusIndex.Run;

        Assert.That(run.ExitCode, Is.EqualTo(0).Or.EqualTo(1), run.Error);
        var failed = FailureLine().Matches(run.Error).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.That(run.ExitCode == 1, Is.EqualTo(failed.Count > 0), "exit 1 exactly when failures are listed");

        var noTextLayer = ManifestPaths(e => e.TryGetProperty("text_layer", out var t) && t.ValueKind == JsonValueKind.False);
        Assert.That(noTextLayer, Is.Not.Empty);
        foreach (var scan in noTextLayer)
        {
            Assert.That(run.Error, Does.Contain($"{scan}: needs OCR"), $"scan without text must be reported, not indexed: {scan}");
        }
        Assert.That(failed, Is.SubsetOf(ManifestPaths(_ => true)), "failures name corpus files");
    }

    [Test]
    public void Stats_prints_statute_and_provision_counts_of_the_index()
    {
        var run = IndexerCli.Run("stats", "--index", CorpusIndex.Path);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var statutes = int.Parse(StatutesLine().Match(run.Output).Groups[1].Value);
        var provisions = int.Parse(ProvisionsLine().Match(run.Output).Groups[1].Value);
        var indexed = ManifestPaths(_ => true).Count - FailureLine().Matches(CorpusIndex.Run.Error).Count;
        Assert.That(statutes, Is.EqualTo(indexed));
        Assert.That(provisions, Is.GreaterThan(statutes * 5));
        Assert.That(run.Output, Does.Contain("CO ").And.Contain("BR ").And.Contain("INT "));
    }

    [Test]
    public void Corrupt_and_empty_files_are_reported_and_good_statutes_kept()
    {
        var folder = TestPaths.NewTempFolder("bad-input");
        var docs = Directory.CreateDirectory(Path.Combine(folder, "docs", "co")).FullName;
        var goodPdf = File.ReadAllBytes(TestPaths.CorpusFile("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf"));
        File.WriteAllBytes(Path.Combine(docs, "ley-1273-2009.pdf"), goodPdf);
        File.WriteAllBytes(Path.Combine(docs, "truncated.pdf"), goodPdf[..(goodPdf.Length / 3)]);
        File.WriteAllText(Path.Combine(docs, "empty.html"), "");
        var index = Path.Combine(folder, "index");

        var run = IndexerCli.Run("index", folder, "--index", index);
        var stats = IndexerCli.Run("stats", "--index", index);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output + run.Error);
        Assert.That(run.Error, Does.Contain("docs/co/truncated.pdf: ").And.Contain("docs/co/empty.html: empty file (0 bytes)"));
        Assert.That(stats.Output, Does.Contain("Statutes: 1"));
    }

    [Test]
    public void Bad_usage_exits_2_with_the_usage_text()
    {
        var unknown = IndexerCli.Run("frobnicate");
        var missing = IndexerCli.Run("index", "/no/such/folder");
        var noInputs = IndexerCli.Run("index");

        Assert.That(new[] { unknown.ExitCode, missing.ExitCode, noInputs.ExitCode }, Is.All.EqualTo(2));
        Assert.That(unknown.Error, Does.Contain("unknown command 'frobnicate'").And.Contain("Usage:"));
        Assert.That(missing.Error, Does.Contain("/no/such/folder"));
    }

    private static HashSet<string> ManifestPaths(Func<JsonElement, bool> predicate)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedCorpus, "manifest.json")));
        return manifest.RootElement.EnumerateArray().Where(predicate).Select(e => e.GetProperty("path").GetString()!).ToHashSet();
    }

    [GeneratedRegex(@"^\s+(docs/\S+): ", RegexOptions.Multiline)]
    private static partial Regex FailureLine();

    [GeneratedRegex(@"^Statutes: (\d+)", RegexOptions.Multiline)]
    private static partial Regex StatutesLine();

    [GeneratedRegex(@"^Provisions: (\d+)", RegexOptions.Multiline)]
    private static partial Regex ProvisionsLine();
}

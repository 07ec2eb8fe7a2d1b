using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// The Indexer CLI over the hostile files of <see cref="HostileFiles"/>: the run completes, every refused file is listed
/// with its reason, the process stays under 1 GB, and the two statutes that are fine are served intact by the web app.
/// </summary>
public sealed partial class HostileFileTests
{
    private const string RealPdf = "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf";

    private string index = null!;
    private CliRun run = null!;
    private WebAppFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void IndexHostileFiles()
    {
        var folder = TestPaths.NewTempFolder("hostile-files");
        var files = HostileFiles.Write(Path.Combine(folder, "files"), TestPaths.CorpusFile(RealPdf));
        index = Path.Combine(folder, "index");
        run = IndexerCli.Run("index", files, "--index", index, "--no-ocr");
        TestContext.Progress.WriteLine(run.Output + run.Error);
        foreach (var file in Directory.EnumerateFiles(files)) File.Delete(file); // 60 MB need not outlive the run
        factory = new WebAppFactory(index);
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public void The_run_completes_and_lists_every_hostile_file_with_its_reason()
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), "done with failures");
        Assert.That(run.Output, Does.Contain("Done in").And.Contain("2 statutes"));
        var reasons = FailureLine().Matches(run.Error).ToDictionary(m => m.Groups["file"].Value, m => m.Groups["reason"].Value.Trim());
        Assert.That(reasons.Keys, Is.EquivalentTo(HostileFiles.Refused.Keys), run.Error);
        Assert.That(reasons.Values, Has.All.Length.GreaterThan(10), run.Error);
    }

    [TestCase("sixty-megabytes.html", "too large: 60 MB > 20 MB")]
    [TestCase("empty.html", "empty file (0 bytes)")]
    [TestCase("empty.pdf", "empty file (0 bytes)")]
    [TestCase("binary.html", "binary content in a .html file")]
    [TestCase("binary-printable.html", "binary content in a .html file")]
    [TestCase("entity-bomb.xml", "MaxCharactersFromEntities")]
    [TestCase("no-articles.txt", "provision too large")]
    public void A_refused_file_says_why(string file, string reason)
    {
        Assert.That(FailureLine().Matches(run.Error).Single(m => m.Groups["file"].Value == file).Groups["reason"].Value, Does.Contain(reason));
    }

    [Test]
    public void Indexing_hostile_files_peaks_under_one_gigabyte()
    {
        var peak = PeakMemory().Match(run.Output);
        Assert.That(peak.Success, run.Output);
        Assert.That(int.Parse(peak.Groups[1].Value), Is.LessThan(1024), "MB of resident memory at the peak (VmHWM)");
    }

    [Test]
    public async Task Markup_written_in_a_statute_renders_as_text()
    {
        var page = await client.GetStringAsync($"/statutes/{HostileFiles.ScriptStatuteId}");
        var provision = await client.GetFromJsonAsync<JsonElement>($"/api/provisions/{HostileFiles.ScriptStatuteId}/1");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=formulario");

        Assert.That(page, Does.Contain("&lt;script&gt;alert(").And.Not.Contain(HostileFiles.ScriptText).And.Not.Contain("dropped"));
        Assert.That(provision.GetProperty("text").GetString(), Does.Contain(HostileFiles.ScriptText), "the API returns the text as the statute wrote it");
        var snippet = search.GetProperty("hits")[0].GetProperty("snippet").GetString();
        Assert.That(snippet, Does.Contain("&lt;script&gt;").And.Contain("<mark>").And.Not.Contain("<script"));
    }

    [Test]
    public async Task Utf8_bytes_under_a_declared_iso_8859_1_are_read_as_utf8()
    {
        var statute = await client.GetFromJsonAsync<JsonElement>($"/api/statutes/{HostileFiles.WrongCharsetStatuteId}");

        var provisions = statute.GetProperty("provisions").EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "article").ToList();
        Assert.That(provisions.Select(p => p.GetProperty("article").GetString()), Is.EqualTo(new[] { "1", "2", "3" }));
        var text = string.Join(" ", provisions.Select(p => p.GetProperty("text").GetString()));
        Assert.That(text, Does.Contain("sistema informático").And.Contain("interceptación ilícita").And.Not.Contain("Ã"));
    }

    [GeneratedRegex(@"^  (?<file>[^:\s]+): (?<reason>.+)$", RegexOptions.Multiline)]
    private static partial Regex FailureLine();

    [GeneratedRegex(@"Peak memory: (\d+) MB")]
    private static partial Regex PeakMemory();
}

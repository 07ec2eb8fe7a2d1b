using System.Text.RegularExpressions;

namespace LegalSearch.Tests.Extraction;

/// <summary>Clean text across the whole corpus: no mojibake, no replacement or C1 characters, accents kept.</summary>
[TestFixture]
public sealed partial class TextQualityTests
{
    [Test]
    public void No_file_of_the_corpus_yields_mojibake()
    {
        var offenders = new List<string>();
        foreach (var file in ExtractedCorpus.All.Where(f => f.Extracted is not null))
        {
            var all = string.Join("\n", file.Extracted!.Blocks.Select(b => b.Text));
            var match = Mojibake().Match(all);
            if (match.Success) offenders.Add($"{file.Document.Source}: '{Context(all, match.Index)}'");
        }
        Assert.That(offenders, Is.Empty);
    }

    /// <summary>
    /// Where the independent rendering has accented letters, they are as frequent in ours (a share of the letters,
    /// since running headers we drop on purpose carry accents too).
    /// </summary>
    [Test]
    public async Task Spanish_Portuguese_and_French_files_keep_their_accents()
    {
        var bare = new List<string>();
        var checkedFiles = 0;
        foreach (var file in ExtractedCorpus.All.Where(f => f.Extracted is not null && f.Document.Metadata.Language is "es" or "pt" or "fr"))
        {
            var reference = AccentShare(await ReferenceText.ForAsync(file));
            var ours = AccentShare(file.Text);
            if (reference == 0) continue;
            checkedFiles++;
            if (ours < 0.9 * reference) bare.Add($"{file.Document.Source}: {ours:P2} of letters accented, reference {reference:P2}");
        }
        Assert.That(bare, Is.Empty);
        Assert.That(checkedFiles, Is.GreaterThan(30));
    }

    private static double AccentShare(string text) =>
        (double)text.Count(c => "áéíóúñãõçàèêâôüÁÉÍÓÚÑÃÕÇÀÈÊÂÔÜ".Contains(c)) / Math.Max(1, text.Count(char.IsLetter));

    [Test]
    public void The_corpus_extracts_except_for_the_scans_that_need_OCR()
    {
        var failed = ExtractedCorpus.All.Where(f => f.Error is not null).ToList();
        Assert.Multiple(() =>
        {
            foreach (var file in failed)
            {
                Assert.That(file.Error, Is.InstanceOf<LegalSearch.Indexer.Extraction.NeedsOcrException>(), file.Document.Source);
                Assert.That(file.Error!.Message, Does.StartWith("needs OCR:"), file.Document.Source);
            }
        });
        var scans = failed.Select(f => f.Document.Source).ToList();
        Assert.That(scans, Does.Contain("docs/int/coe-ets185-convenio-ciberdelincuencia-es-oas-garbled-text.pdf"));
        Assert.That(scans, Does.Contain("docs/ht/le-moniteur-2006-no53-scan-no-text.pdf"));
        Assert.That(scans, Has.All.EndsWith(".pdf"), "only PDFs need OCR");
    }

    [Test]
    public void No_page_of_a_real_text_layer_is_mistaken_for_garbage()
    {
        var skipped = ExtractedCorpus.All
            .Where(f => f.Extracted is not null)
            .SelectMany(f => f.Extracted!.Warnings.Where(w => w.Contains("no usable text layer", StringComparison.Ordinal)).Select(w => $"{f.Document.Source}: {w}"))
            .ToList();
        Assert.That(skipped, Is.Empty);
    }

    private static string Context(string text, int index) =>
        text.Substring(Math.Max(0, index - 20), Math.Min(40, text.Length - Math.Max(0, index - 20)));

    /// <summary>
    /// UTF-8 read as windows-1252 ("Ã©", "â€™", "Â "), U+FFFD, C1 controls. A bare "Ã" is not enough: Portuguese
    /// writes "NÃO" and "INFORMAÇÃO".
    /// </summary>
    [GeneratedRegex("Ã[\u0080-\u00BF‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€|Â[ \u00A0-\u00BF]|\uFFFD|[\u0080-\u009F]")]
    private static partial Regex Mojibake();
}

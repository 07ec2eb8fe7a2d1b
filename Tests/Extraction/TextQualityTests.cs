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

    [Test]
    public void Spanish_Portuguese_and_French_files_keep_their_accents()
    {
        var bare = new List<string>();
        foreach (var file in ExtractedCorpus.All.Where(f => f.Extracted is not null && f.Document.Metadata.Language is "es" or "pt" or "fr"))
        {
            var text = file.Text;
            var letters = text.Count(char.IsLetter);
            var accented = text.Count(c => "áéíóúñãõçàèêâôüÁÉÍÓÚÑÃÕÇÀÈÊÂÔ".Contains(c));
            if (accented < 0.004 * letters) bare.Add($"{file.Document.Source}: {accented} accented of {letters} letters");
        }
        Assert.That(bare, Is.Empty);
    }

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
        Assert.That(scans.Where(s => s.EndsWith(".pdf", StringComparison.Ordinal)), Has.Count.EqualTo(scans.Count), "only PDFs need OCR");
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

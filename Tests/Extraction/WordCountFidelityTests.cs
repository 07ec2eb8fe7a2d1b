using System.Text;
using LegalSearch.Indexer.Extraction;

namespace LegalSearch.Tests.Extraction;

/// <summary>
/// Completeness: for every file with a text layer, our word count is within ±5 % of an independent rendering
/// (`pdftotext -layout` for PDFs, tag stripping for HTML/XML/Markdown). Hyphenated words we joined count as the
/// two words the reference sees. Running headers/footers we drop on purpose may take us below the reference by
/// their own size, never more; and we never exceed the reference by more than 5 %.
/// </summary>
[TestFixture]
public sealed class WordCountFidelityTests
{
    private const double Tolerance = 0.05;

    /// <summary>
    /// Old OCR layers whose word spacing pdftotext loses ("QuelaConstitución"); we split those words at their
    /// gaps, so we compare letters there instead of words.
    /// </summary>
    private static readonly HashSet<string> GluedReference = ["docs/do/ley-137-11-tribunal-constitucional-scan-ocr.pdf"];

    /// <summary>Text drawn only in AcroForm widgets (a subscription form), which is not page content.</summary>
    private static readonly HashSet<string> FormWidgets = ["docs/ht/le-moniteur-2024-special57.pdf"];

    [Test]
    public async Task Every_text_layer_file_keeps_its_words()
    {
        var table = new StringBuilder();
        table.AppendLine($"{"file",-80} {"reference",9} {"ours",8} {"joined",6} {"headers",7} {"ratio",6} {"+hdrs",6}");
        var failures = new List<string>();
        foreach (var file in ExtractedCorpus.All.Where(f => f.Extracted is not null))
        {
            var reference = await ReferenceText.ForAsync(file);
            var referenceWords = WordCount.Of(reference);
            var ours = WordCount.Of(file.Text) + file.JoinedHyphenations;
            var ratio = (double)ours / referenceWords;
            var withHeaders = (double)(ours + file.RemovedRunningWords) / referenceWords;
            table.AppendLine($"{file.Document.Source,-80} {referenceWords,9} {ours - file.JoinedHyphenations,8} {file.JoinedHyphenations,6} {file.RemovedRunningWords,7} {ratio,6:F3} {withHeaders,6:F3}");

            if (FormWidgets.Contains(file.Document.Source)) continue;
            var (low, high) = GluedReference.Contains(file.Document.Source)
                ? (LetterRatio(file.Text, reference), LetterRatio(file.Text, reference))
                : (withHeaders, ratio);
            if (low < 1 - Tolerance || high > 1 + Tolerance) failures.Add($"{file.Document.Source}: {ratio:F3} (+headers {withHeaders:F3})");
        }
        TestContext.Out.WriteLine(table);
        Assert.That(failures, Is.Empty, "files whose extraction lost or invented more than 5 % of the words");
    }

    private static double LetterRatio(string ours, string reference) =>
        (double)ours.Count(char.IsLetterOrDigit) / reference.Count(char.IsLetterOrDigit);
}

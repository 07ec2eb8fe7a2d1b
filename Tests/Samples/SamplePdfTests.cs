using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Samples;

/// <summary>The committed sample PDF is what <see cref="SamplePdf"/> builds, and its text reads back intact.</summary>
public sealed class SamplePdfTests
{
    private static string CommittedPath => Path.Combine(TestPaths.Samples, SamplePdf.RelativePath);

    [Test]
    public void Committed_sample_pdf_has_the_generator_text()
    {
        if (Environment.GetEnvironmentVariable("LEGALSEARCH_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(CommittedPath, SamplePdf.Build());
        }
        var extracted = ExtractorRegistry.CreateDefault(new ExtractionOptions(EnableOcr: false))
            .Extract(new SourceDocument(CommittedPath, SamplePdf.RelativePath, new StatuteMetadata("XC", "pt", "sample", null, 2025)));
        var text = string.Join(" ", extracted.Blocks.Select(b => b.Text));
        var words = string.Join(" ", SamplePdf.Paragraphs).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(Normalize(text), Is.EqualTo(Normalize(string.Join(" ", words))));
        Assert.That(text, Does.Contain("Invasão de dispositivo informático"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

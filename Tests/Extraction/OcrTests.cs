using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Extraction.Ocr;
using LegalSearch.Indexer.Extraction.Pdf;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Extraction;

/// <summary>
/// Scans and garbled text layers. Tesseract takes seconds a page, so these read single pages, through a cache
/// that lives as long as the fixture.
/// </summary>
[TestFixture]
public sealed class OcrTests
{
    private const string GarbledConvention = "docs/int/coe-ets185-convenio-ciberdelincuencia-es-oas-garbled-text.pdf";
    private const string HaitianScan = "docs/ht/le-moniteur-2020-no102-scan-no-text.pdf";

    private string cacheFolder = "";

    [OneTimeSetUp]
    public void CreateCache() => cacheFolder = TestPaths.NewTempFolder("ocr-cache");

    [Test]
    public void The_garbled_Spanish_convention_is_detected_as_needing_OCR()
    {
        var error = ExtractedCorpus.Get(GarbledConvention).Error;
        Assert.That(error, Is.InstanceOf<NeedsOcrException>());
        Assert.That(error!.Message, Does.Contain("garbled"));
    }

    [Test]
    public void Every_page_of_the_garbled_convention_is_sent_to_OCR()
    {
        var pages = PdfTextLayer.Read(TestPaths.CorpusFile(GarbledConvention), 2, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(pages.Where(p => p.Kind == PageTextKind.Text).Select(p => p.Number), Is.Empty);
            Assert.That(pages.Count(p => p.Kind == PageTextKind.Garbled), Is.GreaterThanOrEqualTo(pages.Count - 2));
        });
    }

    [Test]
    public async Task OCR_of_the_garbled_convention_reads_article_2_in_Spanish()
    {
        RequireTesseract();
        var ocr = new PageOcr(new TesseractOcr(), new OcrCache(cacheFolder));
        var pages = await ocr.RecognizeAsync(TestPaths.CorpusFile(GarbledConvention), [4], "es", CancellationToken.None);

        Assert.That(pages[4], Does.Contain("Acceso ilícito"));
        Assert.That(pages[4], Does.Contain("Artículo 2"));
    }

    [Test]
    public async Task OCR_of_a_Haitian_scan_reads_French()
    {
        RequireTesseract();
        var ocr = new PageOcr(new TesseractOcr(), new OcrCache(cacheFolder));
        var text = (await ocr.RecognizeAsync(TestPaths.CorpusFile(HaitianScan), [1], "fr", CancellationToken.None))[1];

        Assert.That(FrenchWords(text), Is.GreaterThan(10));
    }

    [Test]
    public async Task OCR_output_is_cached_by_file_hash_and_page()
    {
        RequireTesseract();
        var path = TestPaths.CorpusFile(HaitianScan);
        var cache = new OcrCache(cacheFolder);
        await new PageOcr(new TesseractOcr(), cache).RecognizeAsync(path, [1], "fr", CancellationToken.None);

        Assert.That(cache.TryGet(OcrCache.Sha256Of(path), 1, "fra", out var cached), Is.True);
        var missingTools = new PageOcr(new TesseractOcr("no-such-tesseract", "no-such-pdftoppm"), cache);
        var again = await missingTools.RecognizeAsync(path, [1], "fr", CancellationToken.None);
        Assert.That(again[1], Is.EqualTo(cached), "a cached page needs no tools at all");
    }

    [Test]
    public void A_scan_without_tesseract_is_reported_as_needing_OCR_not_indexed_empty()
    {
        var missing = new PageOcr(new TesseractOcr("no-such-tesseract"), new OcrCache(null));
        var extractor = new PdfExtractor(ExtractionOptions.Default, missing);

        var error = Assert.Throws<NeedsOcrException>(() => extractor.Extract(CorpusDocuments.Get(HaitianScan)));
        Assert.That(error!.Message, Does.StartWith("needs OCR:").And.Contain("no-such-tesseract"));
    }

    [Test]
    public void A_whole_scan_is_OCRd_and_marked_as_OCR()
    {
        RequireTesseract();
        var extractor = new PdfExtractor(new ExtractionOptions(EnableOcr: true, OcrCacheDirectory: cacheFolder));
        var extracted = extractor.Extract(CorpusDocuments.Get(HaitianScan));

        Assert.Multiple(() =>
        {
            Assert.That(extracted.Ocr, Is.True);
            Assert.That(extracted.Blocks.Select(b => b.Page).Distinct().Count(), Is.GreaterThanOrEqualTo(3));
            Assert.That(FrenchWords(extracted.CurrentText), Is.GreaterThan(100));
            Assert.That(extracted.CurrentText, Does.Contain("Article").Or.Contain("ARTICLE"));
        });
    }

    private static int FrenchWords(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w is "de" or "la" or "le" or "les" or "et" or "du" or "des");

    private static void RequireTesseract()
    {
        if (!new TesseractOcr().IsAvailable) Assert.Ignore("tesseract or pdftoppm is not installed");
    }
}

using LegalSearch.Indexer.Extraction;

namespace LegalSearch.Tests.Extraction;

/// <summary>The clean-up every extractor shares, on both of its paths: lines already clean, and lines that need work.</summary>
[TestFixture]
public sealed class TextNormalizerTests
{
    [TestCase("Artículo 269A. Acceso abusivo a un sistema informático")]
    [TestCase("Art. 154-A. Invadir dispositivo informático alheio, § 2º, ç")]
    [TestCase("Artículo 211 bis 1.- Al que sin autorización modifique")]
    public void A_clean_line_comes_back_as_it_is(string line)
    {
        Assert.That(TextNormalizer.Clean(line), Is.SameAs(line));
    }

    [TestCase("  Artículo   269A.\t Acceso  ", "Artículo 269A. Acceso")]
    [TestCase("Acceso\u00A0abusivo", "Acceso abusivo")]
    [TestCase("infor\u00ADmático", "informático")]
    [TestCase("o\uFB03ce de\uFB01nitions", "office definitions")]
    [TestCase("informa\u0301tico", "informático")]
    [TestCase("caf\u00E9\u2003y\u3000te", "café y te")]
    [TestCase("\u0093delito\u0094 \u0096 pena", "\"delito\" – pena")]
    public void A_line_that_needs_work_is_cleaned(string line, string expected)
    {
        Assert.That(TextNormalizer.Clean(line), Is.EqualTo(expected));
    }
}

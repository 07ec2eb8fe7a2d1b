using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Segmentation;

namespace LegalSearch.Tests.Segmentation;

public sealed class MarkerRecognizerTests
{
    [TestCase("Artículo 269A. ACCESO ABUSIVO A UN SISTEMA INFORMÁTICO. El que,", "es", "269A")]
    [TestCase("Artículo 1°.- Ataque a la integridad de un sistema", "es", "1")]
    [TestCase("Art. 234.1.- Falsificación informática:", "es", "234.1")]
    [TestCase("ARTICULO 153 bis.- Será reprimido", "es", "153 bis")]
    [TestCase("Artículo 211 bis 1.- Al que sin autorización", "es", "211 bis 1")]
    [TestCase("Art. 154-A: Invadir dispositivo informático", "pt", "154-A")]
    [TestCase("Article 2 – Illegal access", "en", "2")]
    [TestCase("Article 1er", "fr", "1")]
    [TestCase("Artikel 1", "nl", "1")]
    [TestCase("§1030. Fraud and related activity in connection", "en", "1030")]
    [TestCase("4. (1) A person who intentionally", "en", "4")]
    [TestCase("*ARTICULO 10. - Podrán, a criterio del juez", "es", "10")]
    [TestCase("*ARTICULO 268 (2). - Será reprimido", "es", "268 (2)")]
    [TestCase("Artículo 148: bis: Será reprimido", "es", "148 bis")]
    [TestCase("Art. 215: Ter conjunção carnal", "pt", "215")]
    [TestCase("Artículo 199 Quáter. Se sancionará", "es", "199 quater")]
    public void Recognizes_the_corpus_conventions(string line, string language, string number)
    {
        var marker = MarkerRecognizer.Recognize(new SegmentLine(line, BlockKind.Paragraph, 1), 0, language);
        Assert.That(marker?.Number, Is.EqualTo(number));
    }

    [TestCase("Artículo 37 del Código de Procedimiento Penal", "es")]
    [TestCase("Article 42;", "en")]
    [TestCase("Article 29, paragraph 4, and Article 41", "en")]
    [TestCase("§ 1º As disposições a que se refere", "pt")]
    [TestCase("1. Sobre redes o sistemas informáticos", "es")]
    public void Ignores_references_and_list_items(string line, string language) =>
        Assert.That(MarkerRecognizer.Recognize(new SegmentLine(line, BlockKind.Paragraph, 1), 0, language), Is.Null);

    [Test]
    public void Marks_a_marker_opening_with_a_quotation_mark_as_quoted()
    {
        var marker = MarkerRecognizer.Recognize(new SegmentLine("\"Artículo 218 bis.- Preservación provisoria", BlockKind.Paragraph, 1), 0, "es");
        Assert.That(marker, Is.Not.Null);
        Assert.That(marker!.Quoted, Is.True);
    }
}

using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Analysis;

/// <summary>With the manifest's language withheld, each statute's language is detected from its own text.</summary>
public sealed class LanguageDetectionTests
{
    private static readonly StatuteBuilder Builder = new(ExtractorRegistry.CreateDefault(new ExtractionOptions(EnableOcr: false)));

    [TestCase("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf", "es")]
    [TestCase("docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml", "es")]
    [TestCase("docs/br/lei-14133-2021-licitacoes-planalto-cp1252.html", "pt")]
    [TestCase("docs/br/codigo-penal-del2848-derived-html.html", "pt")]
    [TestCase("docs/ca/pipeda-p-8.6-en.xml", "en")]
    [TestCase("docs/ca/lprpde-p-8.6-fr.xml", "fr")]
    [TestCase("docs/ht/constitution-haiti-1987-digitheque-mjp.htm", "fr")]
    [TestCase("docs/sr/grondwet-republiek-suriname-1987-1992.pdf", "nl")]
    [TestCase("docs/us/uscode-2024-title6-chap6-cybersecurity.htm", "en")]
    public void Statute_without_manifest_language_gets_the_detected_one(string relative, string expected)
    {
        var document = CorpusDocuments.Get(relative);
        Assert.That(document.Metadata.Language, Is.EqualTo(expected), "the manifest is the reference");
        var unlabelled = document with { Metadata = document.Metadata with { Language = null } };

        var statute = Builder.Build(unlabelled, "test-statute");

        Assert.That(statute.Language, Is.EqualTo(expected));
    }
}

using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Indexing;

/// <summary>Statute ids are stable slugs of country + law number; twins get a suffix instead of overwriting each other.</summary>
public sealed class StatuteIdFactoryTests
{
    [TestCase("docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf", "co-ley-1273-2009")]
    [TestCase("docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml", "cl-ley-21459")]
    [TestCase("docs/mx/codigo-penal-federal-dof-2024-06-07.pdf", "mx-codigo-penal-federal")]
    [TestCase("docs/int/coe-ets185-convention-on-cybercrime-en.pdf", "int-ets-185")]
    [TestCase("docs/us/uscode-2024-title6-chap6-cybersecurity.htm", "us-6-usc-ch-6")]
    public void Base_id_comes_from_country_and_law_number(string source, string expected)
    {
        Assert.That(StatuteIdFactory.BaseId(CorpusDocuments.Get(source)), Is.EqualTo(expected));
    }

    [Test]
    public void Twins_in_other_formats_or_languages_get_distinct_ids_in_scan_order()
    {
        var factory = new StatuteIdFactory();
        var ids = new[]
        {
            "docs/int/coe-ets185-convenio-ciberdelincuencia-es-oas-garbled-text.pdf",
            "docs/int/coe-ets185-convention-on-cybercrime-en-nl-wetten-derived.md",
            "docs/int/coe-ets185-convention-on-cybercrime-en.pdf",
        }.Select(CorpusDocuments.Get).Select(d => factory.Assign(d, d.Metadata.Language!)).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "int-ets-185", "int-ets-185-md", "int-ets-185-pdf" }));
    }
}

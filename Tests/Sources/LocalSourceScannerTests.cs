using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Sources;

/// <summary>Where a file's metadata comes from: manifest.json, else a sidecar, else the docs/&lt;cc&gt;/ folder.</summary>
public sealed class LocalSourceScannerTests
{
    [Test]
    public void Shared_corpus_files_take_their_metadata_from_the_manifest()
    {
        var scanned = LocalSourceScanner.Scan([TestPaths.SharedCorpus]);
        var ley1273 = scanned.Single(s => s.Document.Source == "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf").Document;

        Assert.That(scanned.Select(s => s.Document.Source), Has.None.Contain("QUIRKS").And.None.EndWith(".json"));
        Assert.That(scanned, Has.Count.EqualTo(62), "every file of the manifest");
        Assert.That(ley1273.Metadata.Country, Is.EqualTo("CO"));
        Assert.That(ley1273.Metadata.Language, Is.EqualTo("es"));
        Assert.That(ley1273.Metadata.LawNumber, Is.EqualTo("Ley 1273 de 2009"));
        Assert.That(ley1273.Metadata.Year, Is.EqualTo(2009));
    }

    [Test]
    public void A_single_file_still_finds_the_manifest_of_its_corpus()
    {
        var file = TestPaths.CorpusFile("docs/br/lei-13709-2018-lgpd-planalto.html");

        var scanned = LocalSourceScanner.Scan([file]).Single().Document;

        Assert.That(scanned.Source, Is.EqualTo("docs/br/lei-13709-2018-lgpd-planalto.html"));
        Assert.That(scanned.Metadata.LawNumber, Is.EqualTo("Lei 13.709/2018"));
    }

    [Test]
    public void Without_manifest_a_sidecar_wins_over_the_folder_name()
    {
        var folder = TestPaths.NewTempFolder("scanner");
        var co = Directory.CreateDirectory(Path.Combine(folder, "docs", "co")).FullName;
        File.WriteAllText(Path.Combine(co, "ley-1-2020.html"), "<p>Artículo 1. Texto.</p>");
        File.WriteAllText(Path.Combine(co, "other.html"), "<p>Artículo 1. Texto.</p>");
        File.WriteAllText(Path.Combine(co, "other.html.meta.json"), """{ "country": "pe", "language": "es", "title": "Ley de prueba", "law_number": "Ley 9", "year": 1999 }""");

        var scanned = LocalSourceScanner.Scan([folder]).ToDictionary(s => s.Document.Source, s => s.Document.Metadata);

        Assert.That(scanned.Keys, Is.EquivalentTo(new[] { "docs/co/ley-1-2020.html", "docs/co/other.html" }));
        Assert.That(scanned["docs/co/ley-1-2020.html"].Country, Is.EqualTo("CO"));
        Assert.That(scanned["docs/co/ley-1-2020.html"].Year, Is.EqualTo(2020));
        Assert.That(scanned["docs/co/other.html"].Country, Is.EqualTo("PE"));
        Assert.That(scanned["docs/co/other.html"].LawNumber, Is.EqualTo("Ley 9"));
    }
}

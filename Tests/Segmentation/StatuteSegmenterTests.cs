using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Segmentation;

namespace LegalSearch.Tests.Segmentation;

/// <summary>The segmenter's rules on small hand-made documents (the corpus tests show them on the real files).</summary>
public sealed class StatuteSegmenterTests
{
    private static IReadOnlyList<Provision> Segment(string language, params string[] lines) =>
        StatuteSegmenter.Segment(ExtractedDocument.FromBlocks([.. lines.Select(l => new TextBlock(l))]), language);

    [Test]
    public void Keeps_every_line_and_numbers_provisions_in_order()
    {
        var provisions = Segment("es", "LEY 1", "DECRETA:", "Artículo 1. Objeto. Esta ley regula.", "Artículo 2. Vigencia. Rige desde hoy.");
        Assert.That(provisions.Select(p => p.Number), Is.EqualTo(new[] { "preamble", "1", "2" }));
        Assert.That(provisions.Select(p => p.Ordinal), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(provisions[1].Heading, Is.EqualTo("Objeto"));
        Assert.That(provisions[0].Kind, Is.EqualTo(ProvisionKinds.Preamble));
    }

    [Test]
    public void Portuguese_ordinal_before_a_letter_suffix_keeps_the_letter()
    {
        var provisions = Segment("pt", "Art. 1º Objeto.", "Art. 2º-A Invasão de dispositivo informático. Invadir dispositivo.", "Art. 3º Vigência.");
        Assert.That(provisions.Select(p => p.Number), Is.EqualTo(new[] { "1", "2-A", "3" }));
    }

    [Test]
    public void Division_headings_open_the_path_of_the_next_article_and_travel_with_it_apart_from_its_text()
    {
        var provisions = Segment("es", "Artículo 1. Uno.", "TÍTULO II", "DE LOS DELITOS", "CAPÍTULO I", "Artículo 2. Dos.");
        Assert.That(provisions[1].Path, Is.EqualTo(new[] { "Título II", "Capítulo I" }));
        Assert.That(provisions[1].Divisions, Is.EqualTo("TÍTULO II\nDE LOS DELITOS\nCAPÍTULO I"));
        Assert.That(provisions[1].Text, Is.EqualTo("Artículo 2. Dos."));
        Assert.That(provisions[0].Text, Does.Not.Contain("TÍTULO"));
    }

    [Test]
    public void Articles_quoted_by_an_amending_article_are_hosted_by_it_and_never_collide()
    {
        var provisions = Segment("es",
            "Artículo 1. Modifícase el artículo 2 de la Ley 5, el cual quedará así:",
            "\"Artículo 2. Texto nuevo del artículo citado.\"",
            "Artículo 2. Vigencia. Rige desde hoy.");
        var numbers = provisions.Select(p => p.Number).ToList();
        Assert.That(numbers, Is.EqualTo(new[] { "1", "2 (art. 1)", "2" }));
        Assert.That(provisions[1].Path, Is.EqualTo(new[] { "Artículo 1" }));
    }

    [Test]
    public void Bill_sections_take_their_marginal_notes_and_the_arrangement_is_not_duplicated()
    {
        var provisions = Segment("en",
            "Arrangement of Sections", "1. Short title", "2. Interpretation", "3. Application",
            "ENACTED by the Parliament of Barbados as follows:",
            "Short title", "1. This Act may be cited as the Cybercrime Act, 2024.",
            "Interpretation", "2. (1) In this Act, “computer” means a device.",
            "Application", "3. This Act applies to an act done in Barbados.");
        var sections = provisions.Where(p => p.Kind == ProvisionKinds.Article).ToList();
        Assert.That(sections.Select(p => p.Number), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(sections.Select(p => p.Heading), Is.EqualTo(new[] { "Short title", "Interpretation", "Application" }));
        Assert.That(provisions[0].Text, Does.Contain("3. Application"));
    }

    [Test]
    public void An_index_after_the_articles_does_not_duplicate_them()
    {
        const string body = "La presente disposición se aplica en todo el territorio nacional a todas las personas, sin excepción alguna, desde su publicación.";
        var articles = Enumerable.Range(1, 12).Select(n => $"Artículo {n}. Materia {n}. {body}");
        var index = Enumerable.Range(1, 12).Select(n => $"Artículo {n}. Materia {n}");
        var provisions = Segment("es", [.. articles, "ÍNDICE", .. index]);
        Assert.That(provisions.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, 12).Select(n => n.ToString())));
        Assert.That(provisions[^1].Text, Does.EndWith("Artículo 12. Materia 12"));
    }

    [Test]
    public void Transitory_provisions_are_kept_as_their_own_kind()
    {
        var provisions = Segment("es", "Artículo 1. Uno.", "TRANSITORIOS", "Primero.- Entra en vigor mañana.");
        Assert.That(provisions[^1].Kind, Is.EqualTo(ProvisionKinds.Transitory));
        Assert.That(provisions[^1].Text, Does.Contain("Entra en vigor"));
    }
}

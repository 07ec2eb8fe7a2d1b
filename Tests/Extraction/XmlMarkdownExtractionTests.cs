using LegalSearch.Indexer.Domain;

namespace LegalSearch.Tests.Extraction;

/// <summary>Canada's laws-lois XML (English and French) and the Markdown treaties, on the real files.</summary>
[TestFixture]
public sealed class XmlMarkdownExtractionTests
{
    [Test]
    public void Canadian_sections_keep_marginal_notes_labels_and_text_in_order()
    {
        var blocks = ExtractedCorpus.Get("docs/ca/sc-2014-c31-protecting-canadians-from-online-crime-act-en.xml").Extracted!.Blocks;
        var texts = blocks.Select(b => b.Text).ToList();
        var note = texts.IndexOf("Publication, etc., of an intimate image without consent");
        Assert.Multiple(() =>
        {
            Assert.That(note, Is.GreaterThanOrEqualTo(0));
            Assert.That(blocks[note].Kind, Is.EqualTo(BlockKind.Heading));
            Assert.That(texts[note + 1], Is.EqualTo("162.1"));
            Assert.That(texts.Skip(note + 2).Take(3), Has.Some.StartsWith("Everyone who knowingly publishes, distributes"));
        });
    }

    [Test]
    public void French_Canadian_XML_keeps_its_accents()
    {
        var text = ExtractedCorpus.Get("docs/ca/lc-2014-ch31-loi-protection-canadiens-contre-cybercriminalite-fr.xml").Text;
        Assert.That(text, Does.Contain("Loi sur la protection des Canadiens contre la cybercriminalité"));
    }

    [Test]
    public void Markdown_headings_and_paragraphs_are_blocks_without_markup()
    {
        var blocks = ExtractedCorpus.Get("docs/int/coe-ets185-convention-on-cybercrime-en-nl-wetten-derived.md").Extracted!.Blocks;
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Where(b => b.Kind == BlockKind.Heading), Is.Not.Empty);
            Assert.That(blocks.Select(b => b.Text), Has.None.Contains("<meta"));
            Assert.That(blocks.Select(b => b.Text), Has.None.StartsWith("#"));
        });
    }
}

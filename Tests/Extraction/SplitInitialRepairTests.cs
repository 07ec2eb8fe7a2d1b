using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Extraction.Html;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Extraction;

/// <summary>Rubrics split after a Roman-numeral-like initial by the converter of the Brazilian penal code (QUIRKS.md).</summary>
[TestFixture]
public sealed class SplitInitialRepairTests
{
    private const string BrazilianPenalCode = "docs/br/codigo-penal-del2848-derived-html.html";

    [Test]
    public void The_Brazilian_penal_code_reads_its_rubrics_whole_and_keeps_its_incisos()
    {
        var blocks = ExtractedCorpus.Get(BrazilianPenalCode).Extracted!.Blocks.Select(b => b.Text).ToList();

        Assert.Multiple(() =>
        {
            foreach (var rubric in new[] { "Invasão de dispositivo informático", "Violação de sepultura", "Lei penal no tempo", "Maus-tratos", "Disposições comuns", "Modalidade culposa", "DISPOSIÇÕES FINAIS", "Dano qualificado" })
            {
                Assert.That(blocks, Does.Contain(rubric));
            }
            Assert.That(blocks.Where(b => b.StartsWith("I - nvasão", StringComparison.Ordinal) || b.StartsWith("Vi - ", StringComparison.Ordinal)), Is.Empty);
            Assert.That(blocks, Does.Contain("I - a reincidência;"), "an inciso whose first word is a word stays as it is");
            Assert.That(blocks, Does.Contain("V - exploração sexual."));
        });
    }

    [TestCase("I - nvasão de dispositivo informático", "Invasão de dispositivo informático")]
    [TestCase("Di - sposições comuns", "Disposições comuns")]
    [TestCase("D - ano qualificado", "Dano qualificado")]
    [TestCase("I - omitir declaração;", "I - omitir declaração;")]
    [TestCase("I - a invasão", "I - a invasão")]
    [TestCase("I - hospedaria, estalagem ou qualquer outra habitação coletiva, enquanto aberta,", "I - hospedaria, estalagem ou qualquer outra habitação coletiva, enquanto aberta,")]
    public void A_split_rubric_is_rejoined_and_an_inciso_is_not(string line, string expected)
    {
        TextBlock[] blocks = [new("Art. 1: quem omitir a invasão, com dano;", BlockKind.Paragraph), new(line, BlockKind.Paragraph)];

        var (repaired, _) = SplitInitialRepair.Apply(blocks);

        Assert.That(repaired[1].Text, Is.EqualTo(expected));
    }
}

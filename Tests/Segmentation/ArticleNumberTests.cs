using LegalSearch.Indexer.Segmentation;

namespace LegalSearch.Tests.Segmentation;

public sealed class ArticleNumberTests
{
    [TestCase("269A.", "269A")]
    [TestCase("154 - A", "154-A")]
    [TestCase("211 Bis", "211 bis")]
    [TestCase("211 bis 1", "211 bis 1")]
    [TestCase("145-Bis", "145 bis")]
    [TestCase("199 Quáter", "199 quater")]
    [TestCase("1°", "1")]
    [TestCase("234.1", "234.1")]
    [TestCase("2252A", "2252A")]
    public void Normalizes_as_design_says(string raw, string expected) =>
        Assert.That(ArticleNumber.Normalize(raw), Is.EqualTo(expected));

    [TestCase("269", "269A")]
    [TestCase("269H", "269I")]
    [TestCase("211 bis", "211 bis 1")]
    [TestCase("211 bis 7", "211 ter")]
    [TestCase("234", "234.1")]
    [TestCase("234.2", "235")]
    public void Orders_numbers_as_statutes_do(string lower, string higher) =>
        Assert.That(NumberKey.Parse(lower).CompareTo(NumberKey.Parse(higher)), Is.Negative);

    [Test]
    public void Repairs_a_letter_read_as_a_digit_only_when_it_restores_the_sequence()
    {
        Assert.That(NumberingRepair.Repair("2691", "269H", "269J"), Is.EqualTo("269I"));
        Assert.That(NumberingRepair.Repair("2691", "269H", null), Is.EqualTo("269I"));
        Assert.That(NumberingRepair.Repair("270", "269J", "271"), Is.Null);
        Assert.That(NumberingRepair.Repair("2691", "2690", "2692"), Is.Null);
    }

    [Test]
    public void Strips_a_footnote_number_glued_to_the_article_number()
    {
        Assert.That(NumberingRepair.Repair("12", null, "23"), Is.EqualTo("1"));
        Assert.That(NumberingRepair.Repair("4311", "42", "44"), Is.EqualTo("43"));
        Assert.That(NumberingRepair.Repair("18", null, "1"), Is.Null, "an annotation before article 1");
        Assert.That(NumberingRepair.Repair("120", "11", "121"), Is.Null, "a real jump in numbering");
    }
}

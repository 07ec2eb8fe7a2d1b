using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Classification;

/// <summary>
/// <see cref="PhraseFolding.Of"/> folds a text one character at a time where that gives what folding the whole text
/// gives (<see cref="PhraseFolding.Whole"/>): the same on every pair of characters of its ranges (a character folds the
/// same whatever stands next to it, so pairs cover every text of those ranges) and on the corpus texts.
/// </summary>
public sealed class PhraseFoldingTests
{
    private static readonly char[] ByCharacter =
    [
        .. Enumerable.Range(0, 0x250).Select(c => (char)c),
        .. Enumerable.Range(0x2000, 0x70).Select(c => (char)c),
        '\u02BC',
    ];

    [Test]
    public void Every_pair_of_characters_that_fold_one_at_a_time_folds_as_the_whole_text()
    {
        var differing = new List<string>();
        foreach (var first in ByCharacter)
        {
            foreach (var second in ByCharacter)
            {
                var text = $"{first}{second}";
                if (PhraseFolding.Of(text) != PhraseFolding.Whole(text)) differing.Add($"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
        Assert.That(differing, Is.Empty);
    }

    [TestCase("Atteinte à l’intégrité des données", "atteinte a l'integrite des donnees")]
    [TestCase("  ACCESO  ABUSIVO  a un sistema informático. ", "acceso abusivo a un sistema informatico")]
    [TestCase("Art. 154-A: Invadir dispositivo — §1030 (a)(2)", "art 154-a invadir dispositivo 1030 a 2")]
    [TestCase("Ñandú, coração, ŒUVRE, ß", "nandu coracao œuvre ß")]
    public void Folds_case_accents_apostrophes_and_punctuation(string text, string folded)
    {
        Assert.That(PhraseFolding.FoldsByCharacter(text), Is.True);
        Assert.That(PhraseFolding.Of(text), Is.EqualTo(folded));
        Assert.That(PhraseFolding.Whole(text), Is.EqualTo(folded));
    }

    [TestCase("e\u0301le\u0300ve")]
    [TestCase("Σύστημα πληροφοριών")]
    [TestCase("“quoted” ½ ﬁ №5")]
    public void A_text_with_other_characters_folds_as_a_whole(string text)
    {
        Assert.That(PhraseFolding.FoldsByCharacter(text), Is.False);
        Assert.That(PhraseFolding.Of(text), Is.EqualTo(PhraseFolding.Whole(text)));
    }

    [Test]
    public void Every_corpus_provision_folds_as_its_whole_text()
    {
        using var corpus = new CorpusReader();
        var fields = new HashSet<string> { IndexFields.Text, IndexFields.Heading, IndexFields.Divisions };
        var texts = 0;
        var byCharacter = 0;
        for (var doc = 0; doc < corpus.Reader.MaxDoc; doc++)
        {
            var stored = StoredProvision.Read(corpus.Reader, doc, fields);
            var text = stored.Value(IndexFields.Text) ?? "";
            foreach (var value in new[] { stored.Value(IndexFields.Heading), stored.Value(IndexFields.Divisions), text[..Math.Min(text.Length, 2000)] })
            {
                if (string.IsNullOrEmpty(value)) continue;
                texts++;
                if (PhraseFolding.FoldsByCharacter(value)) byCharacter++;
                Assert.That(PhraseFolding.Of(value), Is.EqualTo(PhraseFolding.Whole(value)), $"document {doc}: {value[..Math.Min(value.Length, 80)]}");
            }
        }
        TestContext.Out.WriteLine($"{byCharacter} of {texts} texts fold one character at a time");
        Assert.That(texts, Is.GreaterThan(15000));
        Assert.That(byCharacter, Is.GreaterThan(texts * 9 / 10), "nearly every corpus text folds one character at a time");
    }
}

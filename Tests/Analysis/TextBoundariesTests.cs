using LegalSearch.Indexer.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LegalSearch.Tests.Analysis;

/// <summary>Sentence and paragraph markers in the analyzed provision text (for /s and /p), with offsets still on the statute's characters.</summary>
public sealed class TextBoundariesTests
{
    private const string S = TextBoundaries.SentenceMarker;
    private const string P = TextBoundaries.ParagraphMarker;

    [Test]
    public void Sentences_end_before_a_capital_and_paragraphs_at_a_line_ending_a_clause_or_a_blank_line()
    {
        var tokens = TokenList.Of(AnalyzerFactory.CreatePerField(), "Uno dos.\nTres cuatro. Cinco seis\n\nsiete ocho\nnueve, art. 5 diez", "exact");

        Assert.That(string.Join(" ", tokens), Is.EqualTo($"uno dos {P} {S} tres cuatro {S} cinco seis {P} {S} siete ocho nueve art 5 diez"));
    }

    [Test]
    public void A_rubric_in_capitals_stays_in_the_sentence_it_heads()
    {
        var tokens = TokenList.Of(AnalyzerFactory.CreatePerField(), "Artículo 269A. ACCESO ABUSIVO. El que acceda. Otro", "exact");

        Assert.That(string.Join(" ", tokens), Is.EqualTo($"articulo 269a acceso abusivo el que acceda {S} otro"));
    }

    [Test]
    public void Offsets_of_words_after_a_marker_point_at_the_original_text()
    {
        const string text = "Acceso abusivo. El que, sin autorización:\nacceda a un sistema.";
        using var stream = AnalyzerFactory.CreatePerField().GetTokenStream("text_es", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var words = new List<string>();
        while (stream.IncrementToken())
        {
            if (term.ToString() is S or P) continue;
            words.Add(text[offsets.StartOffset..offsets.EndOffset]);
        }
        stream.End();

        Assert.That(words, Is.EqualTo(new[] { "Acceso", "abusivo", "sin", "autorización", "acceda", "sistema" }));
    }

    [Test]
    public void The_classifier_and_concept_analyzers_see_no_markers() =>
        Assert.That(TokenList.Of(AnalyzerFactory.ForLanguage("es"), "Uno dos. Tres"), Is.EqualTo(new[] { "uno", "dos", "tres" }));
}

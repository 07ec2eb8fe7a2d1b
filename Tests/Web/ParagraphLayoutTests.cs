using LegalSearch.Web.Pages;

namespace LegalSearch.Tests.Web;

/// <summary>Display reflow: wrapped PDF lines become one paragraph; clauses, list items and blank lines still break.</summary>
public sealed class ParagraphLayoutTests
{
    [Test]
    public void Wrapped_lines_join_and_items_break()
    {
        const string text = "Artículo 269A. Acceso abusivo. El que,\nsin autorización o por fuera de lo acordado,\nacceda a un sistema:\na) primero\nb) segundo;\n§ 1º Texto final\n\nOtro párrafo.";

        var paragraphs = ParagraphLayout.Paragraphs(text);

        Assert.That(paragraphs, Is.EqualTo(new[]
        {
            "Artículo 269A. Acceso abusivo. El que, sin autorización o por fuera de lo acordado, acceda a un sistema:",
            "a) primero",
            "b) segundo;",
            "§ 1º Texto final",
            "Otro párrafo.",
        }));
    }
}

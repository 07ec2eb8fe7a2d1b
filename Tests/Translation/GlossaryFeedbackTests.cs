using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Translation;

/// <summary>Which glossary notions a first hit's heading feeds back, and in which languages they are searched.</summary>
public sealed class GlossaryFeedbackTests
{
    [Test]
    public void A_heading_feeds_back_the_notion_it_names_in_the_other_languages_only()
    {
        var notions = GlossaryFeedback.Notions(LegalGlossary.Default, "Falsa identidade", "pt", []);
        var clauses = GlossaryFeedback.Clauses(LegalGlossary.Default, notions, "pt", ["en", "es", "pt", "fr"]);

        Assert.That(notions, Does.Contain("identity theft"));
        Assert.That(clauses.Where(c => c.Source == "identity theft").Select(c => c.Language), Is.EquivalentTo(new[] { "en", "es", "fr" }));
        Assert.That(clauses, Has.All.Matches<TranslatedClause>(c => c.IsGlossary && c.IsFedBack && c.Weight == GlossaryFeedback.Weight));
    }

    [Test]
    public void A_notion_the_query_named_is_not_fed_back_again()
    {
        Assert.That(GlossaryFeedback.Notions(LegalGlossary.Default, "Falsa identidade", "pt", ["identity theft"]), Does.Not.Contain("identity theft"));
    }

    /// <summary>"Acoso" names "harassment", of the general area: the general words are not fed back.</summary>
    [Test]
    public void The_general_words_are_not_fed_back()
    {
        Assert.That(LegalGlossary.Default.NotionsNamedBy("Acoso", "es"), Does.Contain("harassment"));
        Assert.That(GlossaryFeedback.Notions(LegalGlossary.Default, "Acoso", "es", []), Is.Empty);
    }
}

using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalSearch.Tests.Translation;

/// <summary>Query translation through the installed Apertium pairs (test.sh installs them), warm pipelines in null-flush mode.</summary>
public sealed class ApertiumTranslatorTests
{
    private static readonly string[] Languages = ["es", "pt", "en", "fr", "nl"];
    private ApertiumTranslator translator = null!;

    [OneTimeSetUp]
    public void Start() =>
        translator = ApertiumTranslator.Create(new TranslationOptions(), NullLogger.Instance)
            ?? throw new InvalidOperationException("Apertium is not installed (apertium-eng-spa, apertium-es-pt, apertium-fr-es)");

    [OneTimeTearDown]
    public void Stop() => translator.Dispose();

    [Test]
    public void Every_program_of_a_mode_gets_null_flush()
    {
        var mode = ApertiumMode.Load(new TranslationOptions().ModesPath, "spa-eng")!;
        var programs = mode.Command.Split('|').Select(p => p.Trim()).ToList();

        Assert.That(programs, Has.Count.GreaterThan(5));
        Assert.That(programs.Select(p => p.Split(' ')[1]), Has.All.EqualTo("-z"), mode.Command);
        Assert.That(mode.Command, Does.Not.Contain("$1").And.Not.Contain("$2"));
    }

    [Test]
    public void An_english_query_is_read_as_english_and_searched_in_spanish_portuguese_and_french()
    {
        var translation = translator.Translate([new QueryTerm("identity theft", false)], Languages);

        Assert.That(translation.SourceLanguage, Is.EqualTo("en"));
        var byLanguage = translation.Clauses.Where(c => !c.IsGlossary).ToDictionary(c => c.Language, c => c.Text.ToLowerInvariant());
        Assert.That(byLanguage["es"], Does.Contain("identidad"), string.Join("; ", translation.Clauses));
        Assert.That(byLanguage["pt"], Does.Contain("identidade"), string.Join("; ", translation.Clauses));
        Assert.That(byLanguage["fr"], Does.Contain("identit"), string.Join("; ", translation.Clauses));
        Assert.That(byLanguage.Keys, Has.No.Member("en").And.No.Member("nl"));
        Assert.That(translation.Clauses.Select(c => c.Weight), Has.All.LessThan(1f));
    }

    [TestCase("identity theft", false)]
    [TestCase("acceso abusivo a un sistema informático", false)]
    [TestCase("dados pessoais sensíveis", true)]
    public void A_repeated_query_gets_its_cached_translation_which_a_new_translator_gives_too(string text, bool phrase)
    {
        QueryTerm[] terms = [new(text, phrase), new("datos personales", false)];
        var first = translator.Translate(terms, Languages);
        var again = translator.Translate([.. terms], [.. Languages]);
        using var fresh = ApertiumTranslator.Create(new TranslationOptions(), NullLogger.Instance)!;
        var recomputed = fresh.Translate(terms, Languages);

        Assert.That(again, Is.SameAs(first), "the same terms and languages: the cached translation");
        Assert.That(recomputed.SourceLanguage, Is.EqualTo(first.SourceLanguage));
        Assert.That(recomputed.Clauses, Is.EqualTo(first.Clauses).And.Not.Empty, "what a translator with an empty cache makes of it");
        Assert.That(translator.Translate([new(text, !phrase), terms[1]], Languages), Is.Not.SameAs(first), "a phrase and its words are two queries");
        Assert.That(translator.Translate(terms, ["es", "en"]).Clauses.Select(c => c.Language).Distinct(), Is.SubsetOf(new[] { "es", "en" }), "other target languages, another translation");
    }

    [Test]
    public void Unknown_words_are_kept_as_typed()
    {
        var translation = translator.Translate([new QueryTerm("online grooming of children", false)], ["es"]);

        Assert.That(translation.Clauses.Single(c => !c.IsCognate && !c.IsGlossary).Text, Does.Contain("grooming").And.Not.Contain("*"));
    }

    [Test]
    public void A_word_no_dictionary_knows_is_also_searched_by_its_opening_letters_below_the_translation()
    {
        var translation = translator.Translate([new QueryTerm("interceptação de comunicações", false)], ["es", "en"]);

        var cognates = translation.Clauses.Where(c => c.IsCognate).ToList();
        Assert.That(cognates.Select(c => c.Language), Is.EquivalentTo(new[] { "es", "en" }));
        Assert.That(cognates.Select(c => c.Text).Distinct(), Is.EqualTo(new[] { "intercept" }));
        Assert.That(cognates.Select(c => c.ToString()), Has.All.EndWith("intercept*"));
        var spanish = translation.Clauses.Single(c => c.Language == "es" && !c.IsCognate);
        Assert.That(cognates.Single(c => c.Language == "es").Weight, Is.LessThan(spanish.Weight));
    }

    [Test]
    public void A_portuguese_query_goes_to_english_through_spanish_with_less_weight()
    {
        var translation = translator.Translate([new QueryTerm("violação de correspondência", false)], ["en", "es"]);

        Assert.That(translation.SourceLanguage, Is.EqualTo("pt"));
        var english = translation.Clauses.Single(c => c.Language == "en" && !c.IsGlossary);
        var spanish = translation.Clauses.Single(c => c.Language == "es" && !c.IsGlossary);
        Assert.That(english.Weight, Is.LessThan(spanish.Weight));
        Assert.That(english.Text.ToLowerInvariant(), Does.Contain("correspondence"));
    }

    /// <summary>The eng-spa dictionary renders "deceit" as "luto" (mourning): the glossary adds the legal words.</summary>
    [Test]
    public void The_legal_glossary_adds_the_words_a_dictionary_renders_in_another_sense()
    {
        var translation = translator.Translate([new QueryTerm("swindling by deceit", false)], ["es", "pt", "fr"]);

        var glossary = translation.Clauses.Where(c => c.IsGlossary).ToList();
        Assert.That(glossary.Where(c => c.Language == "es").Select(c => c.Text), Has.Some.Contain("engaño").And.Some.Contain("estafa"), string.Join("; ", translation.Clauses));
        Assert.That(glossary.Where(c => c.Language == "pt").Select(c => c.Text), Has.Some.Contain("estelionato"));
        Assert.That(glossary.Where(c => c.Language == "fr").Select(c => c.Text), Has.Some.Contain("escroquerie"));
        Assert.That(glossary.Select(c => c.Source), Is.EquivalentTo(new[] { "swindling", "deceit", "swindling", "deceit", "swindling", "deceit" }));
        Assert.That(glossary.Select(c => c.Weight), Has.All.EqualTo(translation.Clauses.First(c => !c.IsGlossary && !c.IsCognate && c.Language == "es").Weight));
    }

    /// <summary>
    /// The eng-spa dictionary knows neither "forfeiture" nor "recidivism": the criminal-law glossary
    /// (<c>Glossary/criminal.json</c>) adds the codes' words for both notions.
    /// </summary>
    [Test]
    public void The_criminal_law_glossary_names_what_the_dictionaries_leave_untranslated()
    {
        var translation = translator.Translate([new QueryTerm("forfeiture for recidivism", false)], ["es", "pt", "fr"]);

        var glossary = translation.Clauses.Where(c => c.IsGlossary).ToList();
        Assert.That(glossary.Where(c => c.Language == "es").Select(c => c.Text), Has.Some.Contain("decomiso").And.Some.Contain("reincidencia"), string.Join("; ", translation.Clauses));
        Assert.That(glossary.Where(c => c.Language == "pt").Select(c => c.Text), Has.Some.Contain("reincidência"));
        Assert.That(glossary.Where(c => c.Language == "fr").Select(c => c.Text), Has.Some.Contain("confiscation").And.Some.Contain("récidive"));
        Assert.That(glossary.Select(c => c.Source).Distinct(), Is.EquivalentTo(new[] { "confiscation", "recidivism" }));
    }

    /// <summary>"scam" is no wording of the glossary; its Spanish translation "estafa" is the Spanish wording of swindling.</summary>
    [Test]
    public void A_notion_the_translation_names_is_searched_when_the_words_name_none()
    {
        var translation = translator.Translate([new QueryTerm("scam", false)], ["es", "pt", "fr"]);

        var glossary = translation.Clauses.Where(c => c.IsGlossary).ToList();
        Assert.That(translation.Clauses.Single(c => c.Language == "es" && c.IsTranslation).Text.ToLowerInvariant(), Is.EqualTo("estafa"));
        Assert.That(glossary.Where(c => c.Language == "pt").Select(c => c.Text), Has.Some.Contain("estelionato"), string.Join("; ", translation.Clauses));
        Assert.That(glossary.Where(c => c.Language == "fr").Select(c => c.Text), Has.Some.Contain("escroquerie"));
        Assert.That(glossary.Select(c => c.Source).Distinct(), Is.EquivalentTo(new[] { "swindling" }));
    }

    [Test]
    public void A_query_naming_no_glossary_notion_gets_no_glossary_words() =>
        Assert.That(translator.Translate([new QueryTerm("blue sky above the mountains", false)], ["es"]).Clauses.Where(c => c.IsGlossary), Is.Empty);

    [Test]
    public void Words_no_pair_knows_are_not_translated() =>
        Assert.That(translator.Translate([new QueryTerm("xqzv wrtlbrmpf", false)], Languages).Clauses, Is.Empty);

    [Test]
    public void The_same_text_again_comes_from_the_cache_or_the_warm_pipeline_identically()
    {
        var first = translator.Translate([new QueryTerm("fraude informático", false)], Languages);
        var second = translator.Translate([new QueryTerm("fraude informático", false)], Languages);

        Assert.That(second.Clauses, Is.EqualTo(first.Clauses));
    }

    [TestCase("acceso -abusivo", "acceso")]
    [TestCase("acceso NOT abusivo sistema", "acceso sistema")]
    [TestCase("country:CO acceso AND abusivo", "acceso abusivo")]
    [TestCase("artículo 269A acceso", "acceso")]
    [TestCase("acces* ilícito", "ilícito")]
    [TestCase("(robo OR hurto) NEAR/3 identidad", "robo hurto identidad")]
    public void Translation_sees_only_the_positive_bare_words(string query, string words) =>
        Assert.That(PositiveTerms.Of(query).Where(t => !t.IsPhrase).Select(t => t.Text), Is.EqualTo(new[] { words }));

    [Test]
    public void Phrases_are_kept_apart_and_excluded_phrases_dropped()
    {
        var terms = PositiveTerms.Of("\"sin autorización\"~2 -\"datos personales\" heading:\"acceso\" sistema");

        Assert.That(terms, Is.EqualTo(new[] { new QueryTerm("sistema", false), new QueryTerm("sin autorización", true) }));
    }
}

using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The feedback's second ranking searches the query the parser would build again: the fed-back notions and codes added to
/// the first parse (<see cref="SearchQueryParser.WithFeedback"/>) give the same Lucene query (Lucene's structural
/// equality: the same clauses, occurrences, boosts, terms and positions, hence the same scores), concepts, translation
/// queries and interpretation as parsing the query again with them, for queries of every shape the translator assembles.
/// </summary>
public sealed class FeedbackQueryTests
{
    private readonly SearchQueryParser parser = new();

    /// <summary>A dictionary translation, a glossary notion the query names and a cognate prefix, as the translator hands them over.</summary>
    private static readonly IReadOnlyList<TranslatedClause> Translations =
    [
        new("en", "abusive access to a computer system", false, 0.5f, "acceso abusivo a un sistema informático"),
        new("pt", "acesso abusivo", false, 0.5f, "acceso abusivo"),
        new("en", "computer", false, 0.5f, "sistema informático") { IsGlossary = true },
        new("fr", "informatiq", false, 0.5f, "informático") { IsCognate = true },
    ];

    [TestCase("acceso abusivo a un sistema informático", "", true)]
    [TestCase("\"acceso abusivo\"", "", true)]
    [TestCase("acceso NEAR/5 sistema", "", true)]
    [TestCase("acceso AND sistema -telefonía country:CO", "", true)]
    [TestCase("acceso OR intrusión", "", true)]
    [TestCase("art. 269A de la Ley 1273", "", true)]
    [TestCase("acceso abusivo a un sistema informático", "es,pt", true)]
    [TestCase("acceso abusivo a un sistema informático", "", false)]
    public void Feedback_added_to_the_first_parse_is_the_query_parsed_again_with_it(string query, string languages, bool expand)
    {
        var tree = QueryTreeParser.Parse(query);
        var allowed = languages.Length == 0 ? [] : languages.Split(',');
        var notions = GlossaryFeedback.Clauses(LegalGlossary.Default, ["identity theft"], "es", IndexFields.Languages);
        IReadOnlyList<string> codes = [.. ConceptLexicon.Default.Concepts.Keys.Order(StringComparer.Ordinal).Take(2)];
        Assert.That(notions, Has.Count.EqualTo(3), "the notion has words in the three other languages");

        var first = parser.Parse(tree, allowed, expand, Translations, "es");
        var added = parser.WithFeedback(first, notions, codes);
        var again = parser.Parse(tree, allowed, expand, [.. Translations, .. notions], "es", codes);

        Assert.That(added.Query, Is.Not.EqualTo(first.Query), "the feedback is searched");
        Assert.That(added.Query, Is.EqualTo(again.Query));
        Assert.That(added.Query.ToString(), Is.EqualTo(again.Query.ToString()));
        Assert.That(added.Concepts, Is.EqualTo(again.Concepts));
        Assert.That(added.FedBack, Is.EqualTo(again.FedBack));
        Assert.That(added.Translations, Is.EqualTo(again.Translations));
        Assert.That(added.Interpretation, Is.EqualTo(again.Interpretation));
    }

    [Test]
    public void A_translation_is_not_taken_as_a_fed_back_notion()
    {
        var first = parser.Parse(QueryTreeParser.Parse("acceso abusivo"), [], true, [], "es");

        Assert.Throws<ArgumentException>(() => parser.WithFeedback(first, [Translations[0]], []));
    }
}

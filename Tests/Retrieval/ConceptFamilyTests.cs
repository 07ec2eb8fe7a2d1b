using LegalSearch.Indexer.Classification;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>
/// Concepts no lexicon entry knows still cross languages through query translation: per concept family a query whose
/// words (of four letters or more) appear in no lexicon term is answered in at least three languages within the first
/// twenty hits, a provision of another language that defines the conduct among them, and every hit in another
/// language than the query's says how it matched (a translation, the offence code its first hits share, or the glossary
/// notion its first hit's heading names).
/// </summary>
public sealed class ConceptFamilyTests
{
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open() => services = new CorpusServices();

    [OneTimeTearDown]
    public void Close() => services.Dispose();

    [TestCase("fraud variants", "en", "deceit", "PE 196")]
    [TestCase("fraud variants", "es", "engaño", "BR 171-A")]
    [TestCase("intellectual property", "en", "pirated copies of books", "MX 424 bis")]
    [TestCase("intellectual property", "es", "copias piratas de libros", "BR 184")]
    [TestCase("sexual offences against children online", "es", "inducir a un chico a la prostitución", "US 2422")]
    [TestCase("privacy offences", "es", "abrir una carta cerrada dirigida a otro", "BR 151")]
    [TestCase("data-protection duties", "es", "evaluación de impacto", "BB 65")]
    [TestCase("cybersecurity governance", "en", "national response team", "CL 24")]
    public void A_concept_outside_the_lexicon_is_answered_in_three_languages(string family, string language, string query, string crossLanguageProvision)
    {
        Assert.That(ConceptMatcher.Default.Find(query), Is.Empty, $"{family}: the query names a lexicon concept");
        Assert.That(LexiconWords().Intersect(Words(query)), Is.Empty, $"{family}: the query shares words with the lexicon");

        var response = services.Search.Search(new SearchRequest(query, [], [], [], [], 1, 20));
        var languages = response.Hits.Select(h => h.Language).Distinct().ToList();

        Assert.That(languages, Has.Count.GreaterThanOrEqualTo(3), string.Join(", ", response.Hits.Select(h => h.Id)));
        var silent = response.Hits.Where(h => h.Language != language && h.MatchedVia.Count == 0).Select(h => h.Id).ToList();
        Assert.That(silent, Is.Empty, "hits in another language that do not say how they matched");
        Assert.That(response.Hits.Where(h => h.Language != language).SelectMany(h => h.MatchedVia),
            Has.All.StartWith("translation ").Or.EndsWith(", as the first hits are classified").Or.StartWith("legal glossary "),
            "a translation, the classification its first hits share, or a glossary notion its first hit's heading names");
        Assert.That(response.Expansions.Select(e => e.Language).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        var wanted = ExpectedProvision.Parse(crossLanguageProvision);
        var found = response.Hits.FirstOrDefault(h => h.Country == wanted.Country && Indexer.Analysis.ArticleKey.From(h.Article) == Indexer.Analysis.ArticleKey.From(wanted.Article));
        Assert.That(found, Is.Not.Null, $"{crossLanguageProvision} among {string.Join(", ", response.Hits.Select(h => h.Id))}");
        Assert.That(found!.MatchedVia, Has.Some.StartWith("translation "));
    }

    private static HashSet<string> LexiconWords() =>
    [
        .. ConceptLexicon.Default.Concepts.Values.SelectMany(byLanguage => byLanguage.Values).SelectMany(terms => terms).SelectMany(Words),
    ];

    private static IEnumerable<string> Words(string text) =>
        ConceptLexicon.NormalizePhrase(text).Split(' ').Where(w => w.Length >= 4);
}

using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Classification;

/// <summary>
/// <see cref="OffenceClassifier.Classify"/> reads only the codes of a provision's present terms, and its words where they
/// stand; it gives what reading every code's terms in lexicon order gives (<see cref="EveryCode"/>, the classifier as it
/// was), for every provision of the corpus index: the same codes, in the same order, each with the same terms in the same order.
/// </summary>
public sealed class OffenceClassifierSamenessTests
{
    [Test]
    public void Every_corpus_provision_gets_the_codes_and_terms_that_reading_every_code_gives()
    {
        using var corpus = new CorpusReader();
        var classifier = new OffenceClassifier(ConceptLexicon.Default);
        var fields = new HashSet<string> { IndexFields.Article, IndexFields.Kind, IndexFields.Heading, IndexFields.Text, IndexFields.Divisions };
        var classified = 0;
        var codes = 0;
        for (var doc = 0; doc < corpus.Reader.MaxDoc; doc++)
        {
            var stored = StoredProvision.Read(corpus.Reader, doc, fields);
            var provision = new Provision(
                stored.Value(IndexFields.Article) ?? "", stored.Value(IndexFields.Kind) ?? "", stored.Value(IndexFields.Heading), [],
                stored.Value(IndexFields.Text) ?? "", doc, Divisions: stored.Value(IndexFields.Divisions) ?? "");
            var expected = Describe(EveryCode(provision));
            var actual = Describe(classifier.Classify(provision));
            Assert.That(actual, Is.EqualTo(expected), $"document {doc}, article {provision.Number}");
            if (expected.Count > 0) classified++;
            codes += expected.Count;
        }
        TestContext.Out.WriteLine($"{classified} provisions with {codes} codes");
        Assert.That(classified, Is.GreaterThan(300), "the corpus has classified provisions to compare");
        Assert.That(codes, Is.GreaterThan(classified), "some provisions have more than one code");
    }

    [Test]
    public void A_term_of_several_words_counts_only_as_consecutive_words()
    {
        var classifier = new OffenceClassifier(ConceptLexicon.Default);
        var term = ConceptLexicon.Default.Concepts.Values.SelectMany(l => l.Values).SelectMany(t => t).First(t => t.Split(' ').Length >= 3);
        var words = term.Split(' ');
        var apart = string.Join(" otra ", words);
        foreach (var text in new[] { term, $"  {term}  ", apart, string.Join(' ', words[..^1]) })
        {
            var provision = new Provision("1", ProvisionKinds.Article, null, [], text, 0);
            Assert.That(Describe(classifier.Classify(provision)), Is.EqualTo(Describe(EveryCode(provision))), text);
        }
        Assert.That(classifier.Classify(new Provision("1", ProvisionKinds.Article, null, [], term, 0)).SelectMany(m => m.Terms), Does.Contain(term));
    }

    private static List<string> Describe(IReadOnlyList<OffenceMatch> matches) => [.. matches.Select(m => $"{m.Code}: {string.Join(" | ", m.Terms)}")];

    /// <summary>The classifier as it was: the lead's words split into strings, then every code's terms read in lexicon order.</summary>
    private static IReadOnlyList<OffenceMatch> EveryCode(Provision provision)
    {
        if (provision.Kind != ProvisionKinds.Article) return [];
        var folded = OffenceClassifier.FoldedLead(provision);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var present = new HashSet<string>(StringComparer.Ordinal);
        // A term that is not even a substring of the text is not among its words.
        foreach (var term in ConceptLexicon.Default.Concepts.Values.SelectMany(l => l.Values).SelectMany(t => t).Where(t => t.Length > 0 && folded.Contains(t, StringComparison.Ordinal)))
        {
            var termWords = term.Split(' ');
            for (var i = 0; i + termWords.Length <= words.Length; i++)
            {
                if (words.AsSpan(i, termWords.Length).SequenceEqual(termWords)) present.Add(term);
            }
        }
        if (present.Count == 0) return [];
        var matches = new List<OffenceMatch>();
        foreach (var (code, languages) in ConceptLexicon.Default.Concepts)
        {
            var fired = languages.Values.SelectMany(t => t).Where(present.Contains).Distinct().ToList();
            if (fired.Count > 0) matches.Add(new OffenceMatch(code, fired));
        }
        return matches;
    }
}

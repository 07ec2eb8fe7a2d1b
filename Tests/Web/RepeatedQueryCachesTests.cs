using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;
using LegalSearch.Web.Search.Translation;
using Lucene.Net.Index;

namespace LegalSearch.Tests.Web;

/// <summary>
/// What a repeated query finds kept (bench/README.md, ninth round) is what it would find again: the concepts a text
/// names (<see cref="ConceptMatcher"/>), a part's terms in a field (<see cref="TextTarget.Analyze"/>), a translated clause's
/// queries (<see cref="TranslationQueries"/>) and a page's
/// stored values (<see cref="SegmentStoredValues"/>), on the tuning set's queries as the site translates them and on
/// every document of the corpus index.
/// </summary>
public sealed class RepeatedQueryCachesTests
{
    [Test]
    public void Kept_concepts_are_those_a_text_names_whatever_the_languages_asked_before()
    {
        var matcher = new ConceptMatcher(ConceptLexicon.Default);
        var texts = EvaluationSet.Load().Select(q => q.Query).ToList();
        string?[] languages = [null, .. IndexFields.Languages];
        int named = 0, compared = 0;
        foreach (var text in texts)
        {
            foreach (var language in languages)
            {
                var first = matcher.Find(text, language);
                Assert.That(matcher.Find(text, language), Is.SameAs(first), $"{text} ({language}): kept");
                Assert.That(first, Is.EqualTo(matcher.Match(text, null, language)), $"{text} ({language}): as matched anew");
                if (language is null) continue;
                Assert.That(matcher.FindIn(language, text), Is.EqualTo(matcher.Match(text, language, null)), $"{text} in {language} only: as matched anew");
                named += first.Count;
                compared += 2;
            }
        }
        // Asked again after every other text and language: what was kept for each is still its own.
        foreach (var text in texts)
        {
            foreach (var language in languages)
            {
                Assert.That(matcher.Find(text, language), Is.EqualTo(matcher.Match(text, null, language)), $"{text} ({language}): asked again");
            }
        }
        TestContext.Progress.WriteLine($"{compared} look-ups compared, {named} concepts named; {matcher.Kept} texts kept");
        Assert.That(named, Is.GreaterThan(texts.Count), "the tuning set's queries name concepts");
        Assert.That(matcher.Kept, Is.LessThanOrEqualTo(ConceptMatcher.Capacity));
    }

    [Test]
    public void Kept_analyses_are_the_terms_the_analysis_chain_gives_each_field()
    {
        var texts = EvaluationSet.Load().Select(q => q.Query).ToList();
        string[] fields = [.. IndexFields.Languages.Select(IndexFields.TextIn), IndexFields.Exact];
        var compared = 0;
        foreach (var text in texts.Concat(texts.SelectMany(t => t.Split(' '))))
        {
            foreach (var field in fields)
            {
                var first = TextTarget.Analyze(field, text);
                Assert.That(TextTarget.Analyze(field, text), Is.SameAs(first), $"{text} in {field}: kept");
                Assert.That(first, Is.EqualTo(TextTarget.AnalyzeAnew(field, text)), $"{text} in {field}: as analysed anew");
                compared++;
            }
        }
        Assert.That(texts.Select(t => TextTarget.Analyze(IndexFields.Exact, t)), Is.EqualTo(texts.Select(t => TextTarget.AnalyzeAnew(IndexFields.Exact, t))), "asked again after every other text");
        TestContext.Progress.WriteLine($"{compared} analyses compared; {TextTarget.KeptAnalyses} kept");
    }

    [Test]
    public void Kept_clause_queries_equal_the_queries_built_anew_for_the_tuning_set_translations()
    {
        using var services = new CorpusServices();
        int clauses = 0, whole = 0;
        foreach (var query in EvaluationSet.Load().Select(q => q.Query))
        {
            var request = new SearchRequest(query, [], [], [], [], 1, SearchRequest.DefaultSize);
            var translated = services.Search.Translate(request).Clauses;
            var built = TranslationQueries.Build(translated);
            var again = TranslationQueries.Build(translated);
            Assert.That(again, Has.Count.EqualTo(built.Count), $"{query}: kept");
            Assert.That(again.Zip(built, (a, b) => ReferenceEquals(a.Query, b.Query)), Is.All.True, $"{query}: kept");
            var anew = translated.Select(c => (Clause: c, Query: TranslationQueries.Build(c))).Where(b => b.Query is not null).ToList();
            Assert.That(built.Select(b => b.Clause), Is.EqualTo(anew.Select(b => b.Clause)), $"{query}: clauses");
            Assert.That(built.Select(b => b.Query), Is.EqualTo(anew.Select(b => b.Query)), $"{query}: as built anew (Lucene's equality: terms, positions, slop, boosts)");
            var required = TranslationQueries.Whole(translated, IndexFields.Languages);
            Assert.That(required, Is.EqualTo(translated.Where(c => c.IsTranslation).Select(c => TranslationQueries.BuildWhole(c)).OfType<Lucene.Net.Search.Query>()), $"{query}: whole translations as built anew");
            clauses += built.Count;
            whole += required.Count;
        }
        TestContext.Progress.WriteLine($"{clauses} clause queries and {whole} whole translations compared; kept {TranslationQueries.KeptCounts}");
        Assert.That(clauses, Is.GreaterThan(85), "the tuning set's queries are translated (Apertium installed)");
    }

    [Test]
    public void Every_corpus_document_reads_the_stored_values_its_document_holds()
    {
        using var corpus = new CorpusReader();
        var count = AssertStoredValues(corpus.Reader);
        Assert.That(count, Is.EqualTo(corpus.Reader.NumDocs));
        Assert.That(corpus.Reader.Leaves.Select(l => SegmentStoredValues.Of(l.AtomicReader).Count), Is.All.InRange(1, SegmentStoredValues.Capacity));
    }

    [Test]
    public void After_a_refresh_surviving_segments_keep_their_values_and_every_live_document_reads_its_own()
    {
        var corpus = SmallCorpus.Create(SmallCorpus.SomeSharedFiles[1]);
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var indexing = new IndexingService();
        IndexRun Run() => indexing.Run(new IndexRunRequest(index, LocalSourceScanner.Scan([corpus])) { Ocr = false });
        Run();
        using var searchers = new SearcherProvider(index);
        var before = searchers.Use(searcher =>
        {
            AssertStoredValues(searcher.IndexReader);
            return searcher.IndexReader.Leaves.ToDictionary(l => l.AtomicReader.CoreCacheKey, l => SegmentStoredValues.Read(searcher.IndexReader, l.DocBase));
        });

        var french = Path.Combine(corpus, "samples", "fr", "loi-exemple-cybercriminalite-2025.xml");
        File.WriteAllText(french, File.ReadAllText(french).Replace(
            "  </Chapitre>",
            "    <Article><Texte>Article 3 bis. Article ajouté pour le test. Le texte ne compte pas.</Texte></Article>\n  </Chapitre>",
            StringComparison.Ordinal));
        File.Delete(Path.Combine(corpus, "samples", "it", "legge-esempio-2025-reati-informatici.md"));
        Run();
        Assert.That(searchers.Refresh(), Is.Not.Null, "the refresh opened the new commit");

        searchers.Use(searcher =>
        {
            Assert.That(AssertStoredValues(searcher.IndexReader), Is.EqualTo(searcher.IndexReader.NumDocs));
            var articles = Enumerable.Range(0, searcher.IndexReader.MaxDoc).Select(d => SegmentStoredValues.Read(searcher.IndexReader, d))
                .Select(p => (p.Get(ProvisionSchema.Language), p.Get(ProvisionSchema.Article))).ToList();
            Assert.That(articles, Does.Contain(("fr", "3 bis")), "the added article");
            var kept = searcher.IndexReader.Leaves.Where(l => before.ContainsKey(l.AtomicReader.CoreCacheKey)).ToList();
            Assert.That(kept, Is.Not.Empty, "some segments survived the refresh");
            Assert.That(kept.Select(l => ReferenceEquals(SegmentStoredValues.Read(searcher.IndexReader, l.DocBase), before[l.AtomicReader.CoreCacheKey])), Is.All.True,
                "a surviving segment's values are not read again");
            return 0;
        });
    }

    /// <summary>Every live document of <paramref name="reader"/>: its kept values equal its own stored fields, field by field, and are kept; returns how many.</summary>
    private static int AssertStoredValues(IndexReader reader)
    {
        var mismatches = new List<string>();
        var count = 0;
        foreach (var (leaf, local) in LiveDocuments.Of(reader))
        {
            count++;
            var kept = SegmentStoredValues.Read(reader, leaf.DocBase + local);
            if (!ReferenceEquals(SegmentStoredValues.Read(reader, leaf.DocBase + local), kept)) mismatches.Add($"{leaf.DocBase + local}: not kept");
            var own = StoredProvision.From(leaf.AtomicReader.Document(local));
            foreach (var field in ProvisionSchema.Fields.Select(f => f.Name))
            {
                if (!kept.Values(field).SequenceEqual(own.Values(field))) mismatches.Add($"{leaf.DocBase + local}: {field}");
            }
        }
        Assert.That(mismatches, Is.Empty);
        return count;
    }
}

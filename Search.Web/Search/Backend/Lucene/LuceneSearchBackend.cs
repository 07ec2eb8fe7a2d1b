using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Schema.FieldTypes;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Folding;
using LegalSearch.Web.Search.Merging;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// <see cref="ISearchBackend"/> over the Lucene index on disk: the query parsed into Lucene queries
/// (<see cref="SearchQueryParser"/>), BM25 (the searchers of <see cref="SearcherProvider"/>), non-scoring filters,
/// facet counts from doc values, Lucene's highlighter for snippets; the offence codes the first hits share and the
/// glossary notions the first hit's heading names fed back (<see cref="ClassificationFeedback"/>, <see cref="GlossaryFeedback"/>).
/// </summary>
public sealed class LuceneSearchBackend(SearcherProvider searchers, SearchQueryParser parser, SnippetHighlighter highlighter) : ISearchBackend
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<StatuteSummary>> Catalogs = new();
    private static readonly ConditionalWeakTable<IndexReader, IndexStatistics> StatisticsByReader = new();
    /// <summary>Hits beyond the page read to fold editions: enough that a provision's twins ranked a little lower are found.</summary>
    public const int FoldSlack = 20;

    /// <summary>A hit of the ranking window: its score and the document it is.</summary>
    private sealed class WindowHit(ScoreDoc scoreDoc, double merged, WindowDocument document)
    {
        public ScoreDoc ScoreDoc { get; } = scoreDoc;

        /// <summary>Its score in the merged list (<see cref="LanguageMerge"/>), comparable across languages.</summary>
        public double Merged { get; } = merged;

        /// <summary>The provision a citation in words names: it keeps its place at the head, whatever its country.</summary>
        public bool Cited => QueryTranslation.LuceneQueryTranslator.IsCited(ScoreDoc.Score);

        public string Country => document.Country;

        public string Language => document.Language;

        public Edition Edition => document.Edition;

        public string Key => document.Key;
    }

    /// <summary>
    /// With <see cref="SearchSpec.Feedback"/>, ranked twice when the first ranking's best hits share an offence code the
    /// query did not name (<see cref="ClassificationFeedback"/>) or its best hit's heading names a glossary notion the
    /// query did not (<see cref="GlossaryFeedback"/>), the second time with those codes and notions searched too: the
    /// first parse with them added (<see cref="SearchQueryParser.WithFeedback"/>), the term states, the window's documents
    /// and the hits' values of the first ranking reused.
    /// Within the spec's budget: checked every 256 collected documents (<see cref="BudgetCollector"/>; past it the
    /// search stops) and before each hit's snippet (past it the snippet is the opening of the text).
    /// </summary>
    public SearchResult Search(SearchSpec spec, CancellationToken cancellationToken = default)
    {
        var budget = new SearchBudget(spec.Budget, cancellationToken);
        var parsed = Parse(spec);
        return searchers.Use(searcher =>
        {
            using var shared = new SharedTermStates(searcher);
            var documents = new WindowValues(searcher);
            var values = new HitValues(searcher, spec.Texts);
            var pass = Rank(searcher, shared, documents, parsed, spec, budget);
            if (spec.Feedback && spec.FedBack.Count == 0)
            {
                var codes = spec.Expand ? FedBack(searcher, pass, parsed) : [];
                var notions = GlossaryFedBack(values, pass, spec);
                if (codes.Count > 0 || notions.Count > 0)
                {
                    parsed = parser.WithFeedback(parsed, notions, codes);
                    pass = Rank(searcher, shared, documents, parsed, spec, budget);
                }
            }
            var shown = pass.Ranked.Skip((spec.Page - 1) * spec.Size).Take(spec.Size).ToList();
            var page = new PageDocuments(searcher.IndexReader, shown.Select(f => f.Lead.ScoreDoc.Doc));
            var snippets = spec.Snippets ? new SnippetQuery(searcher, parsed.Query, shared, page) : null;
            var hits = new List<RankedProvision>(shown.Count);
            var matches = new TranslationMatches(searcher, parsed.Translations, shared, page);
            foreach (var folded in shown)
            {
                budget.ThrowIfCancelled();
                hits.Add(Hit(searcher, folded, values, matches, snippets, budget));
            }
            return new SearchResult(pass.Total, hits, pass.Facets, parsed.Concepts, parsed.Interpretation)
            {
                FedBack = parsed.FedBack,
                FedBackNotions = [.. parsed.Translations.Select(t => t.Clause).Where(c => c.IsFedBack)],
            };
        });
    }

    /// <summary>
    /// The facet counts <see cref="Rank"/> takes, alone: the same query (parsed, filtered, with the search's term states)
    /// collected by the facet counter only — no scores kept, no ranking window, no page.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(SearchSpec spec, CancellationToken cancellationToken = default)
    {
        var budget = new SearchBudget(spec.Budget, cancellationToken);
        var parsed = Parse(spec);
        return searchers.Use(searcher =>
        {
            using var shared = new SharedTermStates(searcher);
            var facets = new FacetCounter();
            budget.ThrowIfExceeded();
            searcher.Search(shared.Apply(LuceneFilters.Apply(parsed.Query, spec.Filters)), new BudgetCollector(facets, budget));
            return facets.Result();
        });
    }

    /// <summary>The spec's query parsed as both the search and its facet counts read it.</summary>
    private ParsedQuery Parse(SearchSpec spec) => parser.Parse(spec.Query, spec.Filters.Languages, spec.Expand, spec.Translations, spec.QueryLanguage, spec.FedBack);

    /// <summary>The offence codes the first ranking's best hits share and the query did not name (<see cref="ClassificationFeedback"/>).</summary>
    private static IReadOnlyList<string> FedBack(IndexSearcher searcher, Pass pass, ParsedQuery parsed) =>
        ClassificationFeedback.Shared(ClassificationFeedback.CodesOf(searcher, pass.Ranked.Take(ClassificationFeedback.Depth).Select(f => f.Lead.ScoreDoc.Doc)), parsed.Concepts);

    /// <summary>
    /// The words, in the other searched languages, of the glossary notions the first ranking's best hit names in its
    /// heading and the query did not (<see cref="GlossaryFeedback"/>); none when the query was not translated.
    /// </summary>
    private static IReadOnlyList<TranslatedClause> GlossaryFedBack(HitValues values, Pass pass, SearchSpec spec)
    {
        if (spec.QueryLanguage is null || pass.Ranked.Count == 0) return [];
        var best = pass.Ranked[0].Lead;
        if (values.Of(best.ScoreDoc.Doc).Get(ProvisionSchema.Heading) is not { Length: > 0 } heading) return [];
        var named = spec.Translations.Where(t => t.IsGlossary).Select(t => t.Source).ToHashSet(StringComparer.Ordinal);
        var notions = GlossaryFeedback.Notions(LegalGlossary.Default, heading, best.Language, named);
        var languages = spec.Filters.Languages.Count > 0 ? spec.Filters.Languages : IndexFields.Languages;
        return GlossaryFeedback.Clauses(LegalGlossary.Default, notions, best.Language, languages);
    }

    /// <summary>One ranking of the window: the hits merged across languages, editions folded, cited provisions first, countries diversified.</summary>
    private sealed record Pass(int Total, IReadOnlyList<EditionFold.Folded<WindowHit>> Ranked, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

    /// <param name="shared">The search's term states and rewritten queries, shared by both rankings (much of the second's query is the first's).</param>
    /// <param name="documents">The search's window documents, shared by both rankings (the second's window is mostly the first's).</param>
    private static Pass Rank(IndexSearcher searcher, SharedTermStates shared, WindowValues documents, ParsedQuery parsed, SearchSpec spec, SearchBudget budget)
    {
        var query = LuceneFilters.Apply(parsed.Query, spec.Filters);
        var window = Math.Max(spec.Page * spec.Size * 2 + FoldSlack, CountryDiversity.Window);
        var partitions = new LanguagePartitions(window);
        var facets = new FacetCounter();
        budget.ThrowIfExceeded();
        searcher.Search(shared.Apply(query), new BudgetCollector(MultiCollector.Wrap(partitions, facets), budget));
        var merged = Merge(partitions.Result(), spec).Take(window).Select(m => new WindowHit(m.Hit, m.Score, documents.Of(m.Hit.Doc))).ToList();
        IReadOnlyList<EditionFold.Folded<WindowHit>> ranked = EditionFold.Fold(merged, h => h.Key, h => h.Language, spec.QueryLanguage);
        ranked = [.. Cited(ranked, spec.QueryLanguage), .. CountryDiversity.Rerank([.. ranked.SkipWhile(f => f.Lead.Cited)], f => f.Lead.Country, Best)];
        return new Pass(partitions.TotalHits, ranked, facets.Result());
    }

    /// <summary>
    /// The provisions a citation in words names, those in the query's language first: "art. 154-A do Código Penal"
    /// names Peru's and Brazil's penal codes alike, and a Portuguese query means Brazil's.
    /// </summary>
    private static IEnumerable<EditionFold.Folded<WindowHit>> Cited(IReadOnlyList<EditionFold.Folded<WindowHit>> ranked, string? queryLanguage) =>
        ranked.TakeWhile(f => f.Lead.Cited).OrderByDescending(f => f.Lead.Language == queryLanguage);

    /// <summary>A folded provision's merged score: its best-placed edition's, where the fold put it.</summary>
    private static double Best(EditionFold.Folded<WindowHit> folded) => folded.Others.Select(o => o.Merged).Append(folded.Lead.Merged).Max();

    /// <summary>
    /// The languages' lists merged by normalized score (<see cref="LanguageMerge"/>) when the query's language is known; otherwise
    /// (translation off or the language not told) by score, as one list (normalized as one language, which keeps its order).
    /// </summary>
    private static IReadOnlyList<(ScoreDoc Hit, double Score)> Merge(IReadOnlyDictionary<string, ScoreDoc[]> byLanguage, SearchSpec spec)
    {
        if (spec.QueryLanguage is not { } queryLanguage || byLanguage.Count < 2)
        {
            var one = new Dictionary<string, IReadOnlyList<LanguageMerge.Ranked<ScoreDoc>>>(StringComparer.Ordinal)
            {
                [""] = [.. byLanguage.Values.SelectMany(p => p).OrderByDescending(sd => sd.Score).ThenBy(sd => sd.Doc).Select(Ranked)],
            };
            return LanguageMerge.Merge(one, _ => 1.0);
        }
        var throughPivot = spec.Translations.Where(t => t.IsTranslation).GroupBy(t => t.Language)
            .Where(g => g.All(t => t.ThroughPivot)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var directly = spec.Translations.Select(t => t.Language).Where(l => !throughPivot.Contains(l)).ToHashSet(StringComparer.Ordinal);
        var lists = byLanguage.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<LanguageMerge.Ranked<ScoreDoc>>)[.. kv.Value.Select(Ranked)],
            StringComparer.Ordinal);
        return LanguageMerge.Merge(lists, language => LanguageMerge.WeightOf(language, queryLanguage, directly, throughPivot));
    }

    /// <summary>A hit's score split into the constant bonuses of the query translator (cited, holds every part) and its relevance.</summary>
    private static LanguageMerge.Ranked<ScoreDoc> Ranked(ScoreDoc hit)
    {
        var score = hit.Score;
        var cited = QueryTranslation.LuceneQueryTranslator.IsCited(score);
        if (cited) score -= QueryTranslation.LuceneQueryTranslator.CitedBonus;
        var holdsAll = score >= QueryTranslation.LuceneQueryTranslator.AllPartsBonus;
        if (holdsAll) score -= QueryTranslation.LuceneQueryTranslator.AllPartsBonus;
        return new(hit, score, holdsAll, cited);
    }

    public IReadOnlyList<string?> Mark(Parsing.QueryTree query, IReadOnlyList<string> texts, string language)
    {
        var parsed = parser.Parse(query, [language]);
        return [.. texts.Select(text => highlighter.MarkAll(parsed.Query, text, language))];
    }

    public StoredProvision? FindProvision(string provisionId) => searchers.Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(ProvisionSchema.Id.Name, provisionId)), 1);
        return hits.TotalHits == 0 ? null : StoredProvision.Read(searcher.IndexReader, hits.ScoreDocs[0].Doc);
    });

    public IReadOnlyList<StoredProvision> StatuteProvisions(string statuteId) =>
        [.. All(new Term(ProvisionSchema.StatuteId.Name, statuteId)).OrderBy(p => p.Get(ProvisionSchema.Ordinal))];

    public IReadOnlyList<StoredProvision> ProvisionsWithOffence(string offenceCode) => All(new Term(ProvisionSchema.Offence.Name, offenceCode));

    /// <summary>Built once per reader (a scan of stored fields), not per request; by <see cref="Warm"/> before requests see the reader.</summary>
    public IReadOnlyList<StatuteSummary> Catalog() => searchers.Use(CatalogOf);

    /// <summary>Computed once per reader (a full scan of stored fields), not per /health call; by <see cref="Warm"/> before requests see the reader.</summary>
    public IndexStatistics Statistics() => searchers.Use(StatisticsOf);

    /// <summary>
    /// What a new searcher computes once, done before requests get it (<see cref="SearcherProvider"/>): the statute
    /// catalog every search checks its filters against (<see cref="IndexValues.Check"/>) and the statistics of /health,
    /// each a scan of every stored document that the first search or /health call after a reindex used to wait for.
    /// </summary>
    public static void Warm(IndexSearcher searcher)
    {
        CatalogOf(searcher);
        StatisticsOf(searcher);
    }

    /// <summary>Whether the reader's statute catalog is built (tests).</summary>
    internal static bool HasCatalog(IndexReader reader) => Catalogs.TryGetValue(reader, out _);

    private static IReadOnlyList<StatuteSummary> CatalogOf(IndexSearcher searcher) =>
        Catalogs.GetValue(searcher.IndexReader, reader => StatuteCatalog.Build(reader));

    private static IndexStatistics StatisticsOf(IndexSearcher searcher) =>
        StatisticsByReader.GetValue(searcher.IndexReader, _ => IndexStatistics.Read(searcher));

    /// <summary>Every live provision holding the term.</summary>
    private IReadOnlyList<StoredProvision> All(Term term) => searchers.Use<IReadOnlyList<StoredProvision>>(searcher =>
    {
        var hits = searcher.Search(new TermQuery(term), Math.Max(1, searcher.IndexReader.MaxDoc));
        return [.. hits.ScoreDocs.Select(sd => StoredProvision.Read(searcher.IndexReader, sd.Doc))];
    });

    private RankedProvision Hit(IndexSearcher searcher, EditionFold.Folded<WindowHit> folded, HitValues values, TranslationMatches matches, SnippetQuery? snippets, SearchBudget budget)
    {
        var scoreDoc = folded.Lead.ScoreDoc;
        var stored = values.Of(scoreDoc.Doc);
        var language = stored.Get(ProvisionSchema.Language) ?? "";
        var snippet = snippets is null ? null : Snippet(searcher, scoreDoc.Doc, stored, snippets, budget);
        var translations = matches.Of(scoreDoc.Doc, language);
        return new RankedProvision(stored, scoreDoc.Score, snippet, translations, [.. folded.Others.Select(o => o.Edition)]);
    }

    /// <summary>The hit's snippet, from the text among its values or else read from doc values into a rented buffer (<see cref="DocValueTextField.Rent(IndexReader, int)"/>).</summary>
    private string Snippet(IndexSearcher searcher, int doc, StoredProvision stored, SnippetQuery snippets, SearchBudget budget)
    {
        using var rented = stored.Value(ProvisionSchema.Text.Name) is null ? ProvisionSchema.Text.Rent(searcher.IndexReader, doc) : null;
        var text = rented is null ? stored.Get(ProvisionSchema.Text).AsSpan() : rented.Span;
        return budget.IsSpent ? highlighter.Opening(text) : highlighter.Snippet(snippets, doc, stored, text);
    }

}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Folding;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// <see cref="ISearchBackend"/> over the Lucene index on disk: the query parsed into Lucene queries
/// (<see cref="SearchQueryParser"/>), BM25 (the searchers of <see cref="SearcherProvider"/>), non-scoring filters,
/// facet counts from doc values, Lucene's highlighter for snippets.
/// </summary>
public sealed class LuceneSearchBackend(SearcherProvider searchers, SearchQueryParser parser, SnippetHighlighter highlighter) : ISearchBackend
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<StatuteSummary>> Catalogs = new();
    private static readonly ConditionalWeakTable<IndexReader, IndexStatistics> StatisticsByReader = new();
    /// <summary>Hits beyond the page read to fold editions: enough that a provision's twins ranked a little lower are found.</summary>
    public const int FoldSlack = 20;

    private static readonly ISet<string> EditionFields = new HashSet<string>
    {
        ProvisionSchema.Id.Name, ProvisionSchema.StatuteId.Name, ProvisionSchema.Country.Name, ProvisionSchema.Language.Name,
        ProvisionSchema.LawNumber.Name, ProvisionSchema.Year.Name, ProvisionSchema.Kind.Name, ProvisionSchema.Article.Name,
        ProvisionSchema.Source.Name,
    };

    /// <summary>A hit of the ranking window with the few stored values that decide which provision it is an edition of.</summary>
    private sealed class WindowHit(ScoreDoc scoreDoc, StoredProvision fields)
    {
        public ScoreDoc ScoreDoc { get; } = scoreDoc;

        public string Country { get; } = fields.Get(ProvisionSchema.Country) ?? "";

        public string Language { get; } = fields.Get(ProvisionSchema.Language) ?? "";

        public Edition Edition { get; } = new(fields.Get(ProvisionSchema.Id) ?? "", fields.Get(ProvisionSchema.Language) ?? "", fields.Get(ProvisionSchema.Source) ?? "");

        public string Key { get; } = EditionKey.Of(
            fields.Get(ProvisionSchema.Country) ?? "", fields.Get(ProvisionSchema.LawNumber), fields.Get(ProvisionSchema.StatuteId) ?? "",
            fields.Get(ProvisionSchema.Year), fields.Get(ProvisionSchema.Kind) ?? "", fields.Get(ProvisionSchema.Article) ?? "");
    }

    /// <summary>
    /// Within the spec's budget: checked every 256 collected documents (<see cref="BudgetCollector"/>; past it the
    /// search stops) and before each hit's snippet (past it the snippet is the opening of the text).
    /// </summary>
    public SearchResult Search(SearchSpec spec, CancellationToken cancellationToken = default)
    {
        var budget = new SearchBudget(spec.Budget, cancellationToken);
        var parsed = parser.Parse(spec.Query, spec.Filters.Languages, spec.Expand, spec.Translations);
        var query = LuceneFilters.Apply(parsed.Query, spec.Filters);
        return searchers.Use(searcher =>
        {
            var top = TopScoreDocCollector.Create(Math.Max(spec.Page * spec.Size * 2 + FoldSlack, CountryDiversity.Window), true);
            var facets = new FacetCounter();
            budget.ThrowIfExceeded();
            searcher.Search(query, new BudgetCollector(MultiCollector.Wrap(top, facets), budget));
            var values = new WindowValues(searcher, EditionFields);
            var window = top.GetTopDocs().ScoreDocs.Select(sd => new WindowHit(sd, values.Read(sd.Doc))).ToList();
            IReadOnlyList<EditionFold.Folded<WindowHit>> ranked = EditionFold.Fold(window, h => h.Key, h => h.Language, spec.QueryLanguage);
            if (parsed.Concepts.Count > 0) ranked = CountryDiversity.Rerank(ranked, f => f.Lead.Country);
            var snippets = spec.Snippets ? new SnippetQuery(searcher, parsed.Query) : null;
            var hits = new List<RankedProvision>(spec.Size);
            foreach (var folded in ranked.Skip((spec.Page - 1) * spec.Size).Take(spec.Size))
            {
                budget.ThrowIfCancelled();
                hits.Add(Hit(searcher, folded, parsed, snippets, budget));
            }
            return new SearchResult(top.TotalHits, hits, facets.Result(), parsed.Concepts, parsed.Interpretation);
        });
    }

    public IReadOnlyList<string?> Mark(Parsing.QueryTree query, IReadOnlyList<string> texts, string language)
    {
        var parsed = parser.Parse(query, [language]);
        return [.. texts.Select(text => highlighter.MarkAll(parsed.Query, text, language))];
    }

    public StoredProvision? FindProvision(string provisionId) => searchers.Use(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(ProvisionSchema.Id.Name, provisionId)), 1);
        return hits.TotalHits == 0 ? null : StoredProvision.From(searcher.Doc(hits.ScoreDocs[0].Doc));
    });

    public IReadOnlyList<StoredProvision> StatuteProvisions(string statuteId) =>
        [.. All(new Term(ProvisionSchema.StatuteId.Name, statuteId)).OrderBy(p => p.Get(ProvisionSchema.Ordinal))];

    public IReadOnlyList<StoredProvision> ProvisionsWithOffence(string offenceCode) => All(new Term(ProvisionSchema.Offence.Name, offenceCode));

    /// <summary>Built once per reader (a scan of stored fields), not per request.</summary>
    public IReadOnlyList<StatuteSummary> Catalog() => searchers.Use(searcher =>
        Catalogs.GetValue(searcher.IndexReader, reader => StatuteCatalog.Build(reader)));

    /// <summary>Computed once per reader (a full scan of stored fields), not per /health call.</summary>
    public IndexStatistics Statistics() => searchers.Use(searcher =>
        StatisticsByReader.GetValue(searcher.IndexReader, _ => IndexStatistics.Read(searcher)));

    /// <summary>Every live provision holding the term.</summary>
    private IReadOnlyList<StoredProvision> All(Term term) => searchers.Use<IReadOnlyList<StoredProvision>>(searcher =>
    {
        var hits = searcher.Search(new TermQuery(term), Math.Max(1, searcher.IndexReader.MaxDoc));
        return [.. hits.ScoreDocs.Select(sd => StoredProvision.From(searcher.Doc(sd.Doc)))];
    });

    private RankedProvision Hit(IndexSearcher searcher, EditionFold.Folded<WindowHit> folded, ParsedQuery parsed, SnippetQuery? snippets, SearchBudget budget)
    {
        var scoreDoc = folded.Lead.ScoreDoc;
        var stored = StoredProvision.From(searcher.Doc(scoreDoc.Doc));
        var language = stored.Get(ProvisionSchema.Language) ?? "";
        var text = stored.Get(ProvisionSchema.Text);
        var snippet = snippets is null ? null
            : budget.IsSpent ? highlighter.Opening(text)
            : highlighter.Snippet(snippets, scoreDoc.Doc, stored);
        var translations = parsed.Translations
            .Where(t => t.Clause.Language == language && searcher.Explain(t.Query, scoreDoc.Doc).IsMatch)
            .Select(t => t.Clause)
            .ToList();
        return new RankedProvision(stored, scoreDoc.Score, snippet, translations, [.. folded.Others.Select(o => o.Edition)]);
    }

}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Index;

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
    private static readonly ISet<string> CountryOnly = new HashSet<string> { ProvisionSchema.Country.Name };

    public SearchResult Search(SearchSpec spec)
    {
        var parsed = parser.Parse(spec.Query, spec.Filters.Languages, spec.Expand);
        var query = LuceneFilters.Apply(parsed.Query, spec.Filters);
        return searchers.Use(searcher =>
        {
            var top = TopScoreDocCollector.Create(Math.Max(spec.Page * spec.Size, CountryDiversity.Window), true);
            var facets = new FacetCounter();
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            IReadOnlyList<ScoreDoc> ranked = top.GetTopDocs().ScoreDocs;
            if (parsed.Concepts.Count > 0) ranked = CountryDiversity.Rerank(ranked, sd => CountryOf(searcher, sd.Doc));
            var hits = ranked.Skip((spec.Page - 1) * spec.Size).Take(spec.Size)
                .Select(sd => Hit(searcher, sd, parsed.Query, spec.Snippets))
                .ToList();
            return new SearchResult(top.TotalHits, hits, facets.Result(), parsed.Concepts);
        });
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

    private RankedProvision Hit(IndexSearcher searcher, ScoreDoc scoreDoc, Query query, bool snippets)
    {
        var stored = StoredProvision.From(searcher.Doc(scoreDoc.Doc));
        var snippet = snippets ? highlighter.Snippet(query, stored.Get(ProvisionSchema.Text), stored.Get(ProvisionSchema.Language) ?? "") : null;
        return new RankedProvision(stored, scoreDoc.Score, snippet);
    }

    private static string CountryOf(IndexSearcher searcher, int doc) =>
        StoredProvision.From(searcher.Doc(doc, CountryOnly)).Get(ProvisionSchema.Country) ?? "";
}

using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Highlighting;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search;

/// <summary>Runs a validated <see cref="SearchRequest"/>: BM25 ranking, filters, facets, one page of highlighted hits.</summary>
public sealed class SearchService(SearcherProvider searchers, SearchQueryParser parser, SnippetHighlighter highlighter)
{
    public SearchResponse Search(SearchRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        var parsed = parser.Parse(request.Tree, request.Languages);
        var query = WithFilters(parsed.Query, request);

        return searchers.Use(searcher =>
        {
            var top = TopScoreDocCollector.Create(Math.Max(request.Page * request.Size, CountryDiversity.Window), true);
            var facets = new FacetCounter();
            searcher.Search(query, MultiCollector.Wrap(top, facets));
            IReadOnlyList<ScoreDoc> ranked = top.GetTopDocs().ScoreDocs;
            if (parsed.Concepts.Count > 0) ranked = CountryDiversity.Rerank(ranked, sd => CountryOf(searcher, sd.Doc));
            var hits = ranked.Skip((request.Page - 1) * request.Size).Take(request.Size)
                .Select(sd => ToHit(ProvisionView.From(searcher.Doc(sd.Doc)), sd.Score, parsed)).ToList();
            return new SearchResponse(request.Query, top.TotalHits, request.Page, request.Size,
                Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), hits, parsed.Interpretation, facets.Result());
        });
    }

    private static readonly ISet<string> CountryField = new HashSet<string> { IndexFields.Country };

    private static string CountryOf(IndexSearcher searcher, int doc) => searcher.Doc(doc, CountryField).Get(IndexFields.Country) ?? "";

    private SearchHit ToHit(ProvisionView provision, float score, ParsedQuery parsed)
    {
        var matchedVia = parsed.Concepts
            .Where(provision.Offences.Contains)
            .Select(code => OffenceCatalog.All.First(o => o.Code == code).Labels["en"])
            .ToList();
        return new SearchHit(
            provision.Id, provision.StatuteId, provision.Country, provision.Language, provision.Title, provision.Year,
            provision.Article, provision.Heading, provision.Path, provision.Offences, Math.Round(score, 3),
            highlighter.Snippet(parsed.Query, provision.Text, provision.Language),
            provision.Url, provision.Source, provision.Ocr, matchedVia);
    }

    /// <summary>Values of one filter are OR-ed; different filters are AND-ed; filters never change scores.</summary>
    private static Query WithFilters(Query query, SearchRequest request)
    {
        var filters = new BooleanQuery();
        AddFilter(filters, IndexFields.Country, request.Countries);
        AddFilter(filters, IndexFields.Language, request.Languages);
        AddFilter(filters, IndexFields.Offence, request.Offences);
        AddFilter(filters, IndexFields.Year, request.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        return filters.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filters));
    }

    private static void AddFilter(BooleanQuery target, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        var anyOf = new BooleanQuery();
        foreach (var value in values) anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        target.Add(anyOf, Occur.MUST);
    }
}

using LegalSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Tests.Retrieval;

/// <summary>One hit as the evaluation sees it.</summary>
public sealed record RankedProvision(string Id, string StatuteId, string Country, string Language, string Article, string Text, IReadOnlyList<string> Offences);

/// <summary>
/// Runs parsed queries against the shared corpus index the way the search service does (BM25, language filter as a
/// non-scoring filter). Ranked lists are collapsed by country + article so one provision printed in several editions
/// (the Convention's PDF and its bilingual Markdown) counts once.
/// </summary>
public sealed class CorpusSearch(string indexPath) : IDisposable
{
    private readonly DirectoryReader reader = DirectoryReader.Open(FSDirectory.Open(indexPath));

    public IReadOnlyList<RankedProvision> Search(ParsedQuery parsed, IReadOnlyCollection<string> languages, int size)
    {
        var query = parsed.Query;
        if (languages.Count > 0)
        {
            var filter = new BooleanQuery();
            foreach (var language in languages) filter.Add(new TermQuery(new Term(IndexFields.Language, language)), Occur.SHOULD);
            query = new FilteredQuery(query, new QueryWrapperFilter(filter));
        }
        var searcher = new IndexSearcher(reader) { Similarity = Ranking.CreateSimilarity() };
        var hits = searcher.Search(query, Math.Max(size, CountryDiversity.Window)).ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc))).ToList();
        return [.. (parsed.Concepts.Count > 0 ? CountryDiversity.Rerank(hits, h => h.Country) : hits).Take(size)];
    }

    /// <summary>True when the index holds the provision at all (segmentation found it), whatever a query ranks.</summary>
    public bool Holds(ExpectedProvision expected)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Country, expected.Country)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.ArticleKey, ArticleKey.From(expected.Article))), Occur.MUST },
        };
        var searcher = new IndexSearcher(reader);
        return searcher.Search(query, 100).ScoreDocs.Any(sd => expected.Matches(ToHit(searcher.Doc(sd.Doc))));
    }

    public static IReadOnlyList<RankedProvision> Distinct(IReadOnlyList<RankedProvision> hits, int size) =>
        [.. hits.DistinctBy(h => (h.Country, ArticleKey.From(h.Article))).Take(size)];

    private static RankedProvision ToHit(Lucene.Net.Documents.Document doc)
    {
        var stored = StoredProvision.From(doc);
        return new(
            stored.Get(ProvisionSchema.Id) ?? "",
            stored.Get(ProvisionSchema.StatuteId) ?? "",
            stored.Get(ProvisionSchema.Country) ?? "",
            stored.Get(ProvisionSchema.Language) ?? "",
            stored.Get(ProvisionSchema.Article) ?? "",
            stored.Get(ProvisionSchema.Text),
            stored.Get(ProvisionSchema.Offence));
    }

    public void Dispose() => reader.Dispose();
}

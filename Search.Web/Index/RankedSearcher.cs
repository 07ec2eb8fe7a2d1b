using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Indexing;

namespace LegalSearch.Web.Index;

/// <summary>
/// The searchers the <see cref="SearcherProvider"/>'s manager opens: BM25 (<see cref="Ranking"/>), and each field's
/// collection statistics computed once per searcher rather than by every term and phrase weight of every query.
/// <see cref="IndexSearcher.CollectionStatistics"/> merges the field's terms over all segments (a new
/// <see cref="MultiFields"/> per call: a twentieth of a search, dotnet-trace, bench/README.md); a searcher's reader never
/// changes, so the statistics are the same numbers every time, and so are the scores.
/// </summary>
public sealed class RankedSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> statistics = new(StringComparer.Ordinal);

    public RankedSearcher(IndexReader reader) : base(reader)
    {
        Similarity = Ranking.CreateSimilarity();
    }

    public override CollectionStatistics CollectionStatistics(string field) =>
        statistics.GetOrAdd(field, base.CollectionStatistics);
}

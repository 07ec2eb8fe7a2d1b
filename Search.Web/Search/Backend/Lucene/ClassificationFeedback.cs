using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Pseudo-relevance feedback through the index's classification, which is the same in every language: the offence
/// codes that at least <see cref="MinHits"/> of a first ranking's <see cref="Depth"/> best hits are classified under,
/// and that the query did not name, are searched too (weakly, <see cref="ConceptExpansion.FeedbackWeight"/>), so
/// provisions of other languages classified under them come up when the query's words name no lexicon concept
/// ("ouverture illicite de la correspondance d'autrui": two of the first five hits are privacy violations, and Peru's,
/// Mexico's and Argentina's then rank). Chosen on the tuning, first and third held-out sets (recall@10 / nDCG@10):
/// two of five 0.941 / 0.807, 0.925 / 0.789, 0.600 / 0.493 (without 0.937 / 0.808, 0.907 / 0.765, 0.591 / 0.485);
/// three of five changed nothing on the tuning set and lost the third (0.585 / 0.483); only for queries that name no
/// concept lost the first two held-out points (0.921 / 0.779, 0.585 / 0.482); weight 2 or 0.5, or the code's lexicon
/// phrases added at 0.3, were a little worse on every set.
/// </summary>
public static class ClassificationFeedback
{
    /// <summary>How many of the first ranking's hits (folded, as served) are read.</summary>
    public const int Depth = 5;

    /// <summary>How many of them must be classified under a code for it to be fed back.</summary>
    public const int MinHits = 2;

    /// <summary>
    /// The codes held by at least <see cref="MinHits"/> of the first <see cref="Depth"/> of <paramref name="topHits"/>
    /// (each hit's codes, best hit first) and not in <paramref name="named"/>, the most shared first.
    /// </summary>
    public static IReadOnlyList<string> Shared(IEnumerable<IReadOnlyCollection<string>> topHits, IReadOnlyCollection<string> named) =>
        [.. topHits.Take(Depth).SelectMany(codes => codes.Distinct(StringComparer.Ordinal))
            .Where(code => !named.Contains(code))
            .GroupBy(code => code, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinHits)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];

    /// <summary>The offence codes of each of <paramref name="docs"/>, from the offence facet's doc values (the values as <see cref="FacetLabels"/> decoded them for the segment).</summary>
    public static IReadOnlyList<IReadOnlyCollection<string>> CodesOf(IndexSearcher searcher, IEnumerable<int> docs)
    {
        var leaves = searcher.IndexReader.Leaves;
        var result = new List<IReadOnlyCollection<string>>();
        foreach (var doc in docs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var codes = new List<string>();
            if (leaf.AtomicReader.GetSortedSetDocValues(IndexFields.FacetOf(IndexFields.Offence)) is { } values)
            {
                var labels = FacetLabels.Of(leaf.AtomicReader)[IndexFields.Offence];
                values.SetDocument(doc - leaf.DocBase);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) codes.Add(labels[ord]);
            }
            result.Add(codes);
        }
        return result;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Which translated clauses a hit matched (its "matched via"): each clause's weight is built once per search, and a
/// hit is checked by advancing the clause's scorer to it in the hit's segment, instead of an Explain per hit and
/// clause (which builds the weight and a whole explanation every time). Their terms' look-ups are the search's (<see cref="SharedTermStates"/>).
/// </summary>
internal sealed class TranslationMatches(IndexSearcher searcher, IReadOnlyList<(TranslatedClause Clause, Query Query)> translations, SharedTermStates terms)
{
    private readonly Dictionary<int, Weight> weights = [];

    public IReadOnlyList<TranslatedClause> Of(int doc, string language)
    {
        var matched = new List<TranslatedClause>();
        for (var i = 0; i < translations.Count; i++)
        {
            if (translations[i].Clause.Language == language && Matches(i, doc)) matched.Add(translations[i].Clause);
        }
        return matched;
    }

    private bool Matches(int clause, int doc)
    {
        if (!weights.TryGetValue(clause, out var weight))
        {
            weight = searcher.CreateNormalizedWeight(terms.Apply(translations[clause].Query));
            weights[clause] = weight;
        }
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var target = doc - leaf.DocBase;
        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        return scorer is not null && scorer.Advance(target) == target;
    }
}

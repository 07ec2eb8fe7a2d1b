using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Which translated clauses a hit matched (its "matched via"): each clause's weight is built once per search, and a
/// hit is checked by advancing the clause's scorer to it in the hit's segment, instead of an Explain per hit and
/// clause (which builds the weight and a whole explanation every time); one scorer per clause and segment, advanced
/// over the page's documents of the segment in order (<see cref="PageDocuments"/>). Their terms' look-ups are the
/// search's (<see cref="SharedTermStates"/>).
/// </summary>
internal sealed class TranslationMatches(IndexSearcher searcher, IReadOnlyList<(TranslatedClause Clause, Query Query)> translations, SharedTermStates terms, PageDocuments? page = null)
{
    private readonly Dictionary<int, Weight> weights = [];
    private readonly Dictionary<(int Clause, int Doc), bool> matched = [];
    private readonly PageDocuments page = page ?? PageDocuments.None;

    public IReadOnlyList<TranslatedClause> Of(int doc, string language)
    {
        var found = new List<TranslatedClause>();
        for (var i = 0; i < translations.Count; i++)
        {
            if (translations[i].Clause.Language == language && Matches(i, doc)) found.Add(translations[i].Clause);
        }
        return found;
    }

    private bool Matches(int clause, int doc)
    {
        if (matched.TryGetValue((clause, doc), out var known)) return known;
        if (!weights.TryGetValue(clause, out var weight))
        {
            weight = searcher.CreateNormalizedWeight(terms.Apply(translations[clause].Query));
            weights[clause] = weight;
        }
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        foreach (var (each, holds) in page.Held(leaf, doc - leaf.DocBase, scorer)) matched[(clause, leaf.DocBase + each)] = holds;
        return matched[(clause, doc)];
    }
}

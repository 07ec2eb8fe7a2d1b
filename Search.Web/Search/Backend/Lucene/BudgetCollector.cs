using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>Wraps a collector and checks the <see cref="SearchBudget"/> every 256 documents, so a costly query stops early.</summary>
internal sealed class BudgetCollector(ICollector inner, SearchBudget budget) : ICollector
{
    private const int CheckEvery = 256;
    private int collected;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        budget.ThrowIfExceeded();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++collected % CheckEvery == 0) budget.ThrowIfExceeded();
        inner.Collect(doc);
    }
}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Terms and postings enumerators of one field of one segment, kept between searches. A terms enumerator is reused
/// as it is (each seek repositions it; a new one grows its frames again, term by term); a postings enumerator is
/// handed back to Lucene as the enumerator to reuse (the <c>reuse</c> argument of <see cref="TermsEnum.Docs(Lucene.Net.Util.IBits, DocsEnum)"/> and
/// <see cref="TermsEnum.DocsAndPositions(Lucene.Net.Util.IBits, DocsAndPositionsEnum, DocsAndPositionsFlags)"/>), which
/// resets it on the new term instead of allocating one. A query of the concept expansion and the translations has
/// hundreds of term and phrase scorers over the segments, and a new enumerator for each (its block buffers, about
/// 2 KB) was a fifth of the bytes a search allocated (dotnet-trace, bench/README.md, eighth round). A search borrows
/// them through its <see cref="SharedTermStates"/> and gives them all back when it ends, so no enumerator serves
/// two scorers at once. Kept with the segment's core (<see cref="AtomicReader.CoreCacheKey"/>, whose postings reader
/// Lucene checks before reusing an enumerator); a closed segment's pools go with it.
/// </summary>
internal sealed class PostingsPool
{
    /// <summary>At most this many enumerators of each kind are kept per field and segment (a search borrows up to a few hundred).</summary>
    public const int Capacity = 512;

    private static readonly ConditionalWeakTable<object, Dictionary<string, PostingsPool>> BySegment = new();

    private readonly Stack<TermsEnum> terms = new();
    private readonly Stack<DocsEnum> docs = new();
    private readonly Stack<DocsAndPositionsEnum> positions = new();

    /// <summary>The pool of the field in the segment.</summary>
    public static PostingsPool Of(AtomicReader segment, string field)
    {
        var byField = BySegment.GetValue(segment.CoreCacheKey, _ => new Dictionary<string, PostingsPool>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var pool)) byField[field] = pool = new PostingsPool();
            return pool;
        }
    }

    /// <summary>How many enumerators the pool keeps now (tests).</summary>
    public int Count
    {
        get
        {
            lock (this) return terms.Count + docs.Count + positions.Count;
        }
    }

    /// <summary>A kept terms enumerator of the field, or null when none is left.</summary>
    public TermsEnum? TakeTerms()
    {
        lock (this) return terms.TryPop(out var kept) ? kept : null;
    }

    /// <summary>Keeps a terms enumerator no search uses any more.</summary>
    public void Return(TermsEnum enumerator)
    {
        lock (this)
        {
            if (terms.Count < Capacity) terms.Push(enumerator);
        }
    }

    /// <summary>A kept documents enumerator, or null when none is left (Lucene then makes a new one).</summary>
    public DocsEnum? TakeDocs()
    {
        lock (this) return docs.TryPop(out var kept) ? kept : null;
    }

    /// <summary>A kept positions enumerator, or null when none is left.</summary>
    public DocsAndPositionsEnum? TakePositions()
    {
        lock (this) return positions.TryPop(out var kept) ? kept : null;
    }

    /// <summary>Keeps an enumerator no scorer uses any more.</summary>
    public void Return(DocsEnum enumerator)
    {
        lock (this)
        {
            if (enumerator is DocsAndPositionsEnum withPositions)
            {
                if (positions.Count < Capacity) positions.Push(withPositions);
            }
            else if (docs.Count < Capacity)
            {
                docs.Push(enumerator);
            }
        }
    }
}

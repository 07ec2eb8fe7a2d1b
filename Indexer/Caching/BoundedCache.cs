using System.Collections.Concurrent;

namespace LegalSearch.Indexer.Caching;

/// <summary>
/// Results of work that gives the same result for the same key every time (a lexicon that never changes, an analysis
/// chain, a stored document), kept for the next time the key comes: queries repeat. Safe for concurrent searches; the
/// values are shared, so they must never be changed. Bounded: past <see cref="Capacity"/> entries all are dropped and
/// computed again, which keeps what the current queries use without bookkeeping per entry.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new();

    public int Capacity { get; } = capacity;

    /// <summary>How many entries are kept (tests).</summary>
    public int Count => values.Count;

    /// <summary>The kept value of <paramref name="key"/>, or <paramref name="compute"/>'s, kept (the first kept when two searches compute it at once).</summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        if (values.TryGetValue(key, out var value)) return value;
        value = compute(key, state);
        if (values.Count >= Capacity) values.Clear();
        return values.GetOrAdd(key, value);
    }
}

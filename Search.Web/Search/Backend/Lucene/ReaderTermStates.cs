using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// The term states (<see cref="TermContext"/>: each segment's place of the term in its terms dictionary, and its
/// frequencies) looked up in one reader, kept with the reader for the searches after. A reader never changes, so the
/// states are what <see cref="TermContext.Build"/> gives every time; queries repeat their terms (the concept expansion
/// and the glossary put the same wordings in many queries), and a search's terms-dictionary seeks were a twenty-fifth
/// of its time (dotnet-trace, bench/README.md, eighth round). Searches only read the states. Bounded: past
/// <see cref="Capacity"/> terms the reader's states are dropped and gathered again. A refreshed searcher's new reader
/// starts its own; a closed reader's go with it.
/// </summary>
internal sealed class ReaderTermStates
{
    /// <summary>At most this many terms' states are kept per reader (a few hundred bytes each).</summary>
    public const int Capacity = 20_000;

    private static readonly ConditionalWeakTable<IndexReader, ReaderTermStates> ByReader = new();

    private readonly ConcurrentDictionary<Term, TermContext> states = new();

    public static ReaderTermStates Of(IndexReader reader) => ByReader.GetValue(reader, _ => new ReaderTermStates());

    /// <summary>How many terms' states are kept (tests).</summary>
    public int Count => states.Count;

    public bool TryGet(Term term, out TermContext state) => states.TryGetValue(term, out state!);

    /// <summary>Keeps the term's states, built in full by the caller, under a copy of the term.</summary>
    public void Add(Term term, TermContext state)
    {
        if (states.Count >= Capacity) states.Clear();
        states.TryAdd(new Term(term.Field, BytesRef.DeepCopyOf(term.Bytes)), state);
    }
}

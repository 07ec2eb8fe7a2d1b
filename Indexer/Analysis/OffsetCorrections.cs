using System.Buffers;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// A char filter's offset corrections, recorded and looked up exactly as Lucene.Net's <c>BaseCharFilter</c> does
/// (<c>AddOffCorrectMap</c>, <c>Correct</c>), in arrays rented from <see cref="ArrayPool{T}.Shared"/> and returned on
/// <see cref="Dispose"/>. BaseCharFilter starts two arrays of 64 for every value and grows them by an eighth at a time,
/// so a provision with thousands of sentences allocated nine times its final arrays, large objects among them:
/// a tenth of what indexing allocated (dotnet-trace, allocation ticks).
/// </summary>
internal sealed class OffsetCorrections : IDisposable
{
    private int[]? offsets;
    private int[]? diffs;
    private int size;

    /// <summary>
    /// Records that from output offset <paramref name="off"/> on, the input offset is the output offset plus
    /// <paramref name="cumulativeDiff"/>; offsets come in increasing order, and a second correction at the same offset replaces the first.
    /// </summary>
    public void Add(int off, int cumulativeDiff)
    {
        if (offsets is null || diffs is null)
        {
            offsets = ArrayPool<int>.Shared.Rent(64);
            diffs = ArrayPool<int>.Shared.Rent(64);
        }
        else if (size == offsets.Length)
        {
            offsets = Grown(offsets);
            diffs = Grown(diffs);
        }

        if (size == 0 || off != offsets[size - 1])
        {
            offsets[size] = off;
            diffs[size++] = cumulativeDiff;
        }
        else
        {
            diffs[size - 1] = cumulativeDiff;
        }
    }

    /// <summary>The input offset of output offset <paramref name="currentOff"/>.</summary>
    public int Correct(int currentOff)
    {
        if (offsets is null || diffs is null || currentOff < offsets[0]) return currentOff;

        var hi = size - 1;
        if (currentOff >= offsets[hi]) return currentOff + diffs[hi];

        var lo = 0;
        var mid = -1;
        while (hi >= lo)
        {
            mid = (int)((uint)(lo + hi) >> 1);
            if (currentOff < offsets[mid]) hi = mid - 1;
            else if (currentOff > offsets[mid]) lo = mid + 1;
            else return currentOff + diffs[mid];
        }

        if (currentOff < offsets[mid]) return mid == 0 ? currentOff : currentOff + diffs[mid - 1];
        return currentOff + diffs[mid];
    }

    public void Dispose()
    {
        if (offsets is not null) ArrayPool<int>.Shared.Return(offsets);
        if (diffs is not null) ArrayPool<int>.Shared.Return(diffs);
        offsets = null;
        diffs = null;
        size = 0;
    }

    private int[] Grown(int[] array)
    {
        var grown = ArrayPool<int>.Shared.Rent(array.Length * 2);
        Array.Copy(array, grown, size);
        ArrayPool<int>.Shared.Return(array);
        return grown;
    }
}

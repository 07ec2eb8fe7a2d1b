namespace LegalSearch.Bench.Reporting;

/// <summary>Order statistics of a sample of timings (nearest-rank).</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> values)
    {
        sorted = values.Order().ToArray();
    }

    public int Count => sorted.Length;

    public double P50 => At(0.50);

    public double P99 => At(0.99);

    public double Mean => sorted.Length == 0 ? double.NaN : sorted.Average();

    public double At(double fraction)
    {
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}

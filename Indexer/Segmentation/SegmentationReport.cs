using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>What segmentation made of one statute: provisions per kind, numbers repaired, and how much of the text they hold.</summary>
public sealed partial record SegmentationReport(
    int Provisions,
    IReadOnlyDictionary<string, int> Kinds,
    int Corrections,
    int ExtractedWords,
    int CoveredWords)
{
    public double Coverage => ExtractedWords == 0 ? 1 : (double)CoveredWords / ExtractedWords;

    /// <summary>
    /// Counts words as a multiset: each extracted word is covered when the provisions' text holds it as many
    /// times, so duplicated provisions cannot inflate the figure.
    /// </summary>
    public static SegmentationReport Describe(ExtractedDocument document, IReadOnlyList<Provision> provisions)
    {
        var extracted = CountWords(document.Blocks.Where(b => !b.Revoked).Select(b => b.Text));
        var held = CountWords(provisions.Select(p => p.Text));
        var covered = extracted.Sum(e => Math.Min(e.Value, held.GetValueOrDefault(e.Key)));
        var kinds = provisions.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        var corrections = provisions.Sum(p => p.Corrections?.Count ?? 0);
        return new SegmentationReport(provisions.Count, kinds, corrections, extracted.Values.Sum(), covered);
    }

    public override string ToString() =>
        $"{Provisions,5} provisions ({string.Join(", ", Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}), " +
        $"{Corrections} corrections, {CoveredWords}/{ExtractedWords} words ({Coverage:P1})";

    private static Dictionary<string, int> CountWords(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
            }
        }
        return counts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

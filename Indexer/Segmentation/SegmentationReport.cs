using System.Globalization;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// What segmentation made of one statute: provisions per kind and edition, numbers repaired, each repeated number and
/// how it was explained, the notes recognised, and how much of the extracted text the provisions hold.
/// </summary>
public sealed partial record SegmentationReport(
    int Provisions,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, int> Editions,
    int Corrections,
    int ProvisionsWithNotes,
    int NoteLines,
    IReadOnlyList<string> Repeats,
    int ExtractedWords,
    int CoveredWords)
{
    public double Coverage => ExtractedWords == 0 ? 1 : (double)CoveredWords / ExtractedWords;

    /// <summary>
    /// Counts words as a multiset: each extracted word is covered when the provisions (text, notes and division
    /// headings) hold it as many times, so duplicated provisions or editions cannot inflate the figure.
    /// </summary>
    public static SegmentationReport Describe(ExtractedDocument document, SegmentedText segmented)
    {
        var provisions = segmented.Provisions;
        var extracted = CountWords(document.Blocks.Where(b => !b.Revoked).Select(b => b.Text));
        var held = CountWords(provisions.SelectMany(p => new[] { p.Divisions, p.Text, p.Notes }));
        var covered = extracted.Sum(e => Math.Min(e.Value, held.GetValueOrDefault(e.Key)));
        var kinds = provisions.GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var editions = provisions.GroupBy(p => p.Edition ?? Domain.Editions.Current).ToDictionary(g => g.Key, g => g.Count());
        var corrections = provisions.Sum(p => p.Corrections?.Count ?? 0);
        var withNotes = provisions.Count(p => p.Notes.Length > 0);
        var noteLines = provisions.Sum(p => p.Notes.Length == 0 ? 0 : p.Notes.Count(c => c == '\n') + 1);
        return new SegmentationReport(provisions.Count, kinds, editions, corrections, withNotes, noteLines, segmented.Repeats,
            extracted.Values.Sum(), covered);
    }

    public override string ToString() =>
        $"{Provisions,5} provisions ({string.Join(", ", Kinds.Select(k => $"{k.Key} {k.Value}"))}), " +
        $"{Corrections} corrections, {Repeats.Count} repeats explained, notes in {ProvisionsWithNotes}, " +
        $"{CoveredWords}/{ExtractedWords} words ({Coverage.ToString("P1", CultureInfo.InvariantCulture)})";

    /// <summary>The report as printed by <c>stats --statute ID</c>, one fact per line.</summary>
    public IReadOnlyList<string> Lines() =>
    [
        $"provisions: {Provisions} ({string.Join(", ", Kinds.Select(k => $"{k.Key} {k.Value}"))})",
        $"editions: {string.Join(", ", Editions.Select(e => $"{e.Key} {e.Value}"))}",
        $"numbers repaired: {Corrections}",
        $"notes recognised: {NoteLines} lines in {ProvisionsWithNotes} provisions",
        $"word coverage (text + notes + division headings): {CoveredWords}/{ExtractedWords} ({Coverage.ToString("P2", CultureInfo.InvariantCulture)})",
        $"repeated numbers: {Repeats.Count}",
        .. Repeats.Select(r => "  " + r),
    ];

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

using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing.Runs;

/// <summary>What changed in a statute's provisions between the last commit and this run's extraction.</summary>
public static class ProvisionDiff
{
    public static StatuteChange Of(PlannedSource source, Statute statute, IReadOnlyDictionary<string, string>? previous)
    {
        var current = statute.Provisions
            .GroupBy(p => ProvisionSource.IdOf(statute.Id, p.Slug), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Compared(g.First().Text, g.First().Notes), StringComparer.Ordinal);
        if (previous is null)
        {
            return new StatuteChange(statute.Id, source.Outcome, statute.Source, source.Reason, statute.Provisions.Count, [], [], []);
        }
        var textChanged = current.Where(kv => previous.TryGetValue(kv.Key, out var old) && old != kv.Value).Select(kv => kv.Key);
        var added = current.Keys.Where(id => !previous.ContainsKey(id));
        var removed = previous.Keys.Where(id => !current.ContainsKey(id));
        return new StatuteChange(
            statute.Id, source.Outcome, statute.Source, source.Reason, statute.Provisions.Count,
            Sorted(textChanged), Sorted(added), Sorted(removed));
    }

    /// <summary>What a change of a provision's text compares: its text and its notes (a note is part of what it says).</summary>
    public static string Compared(string? text, string? notes) => string.IsNullOrEmpty(notes) ? text ?? "" : $"{text}\n{notes}";

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}

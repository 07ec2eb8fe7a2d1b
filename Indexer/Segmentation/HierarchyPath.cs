namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// The open division headings above the current line. Statutes nest their divisions differently (codes: Libro ›
/// Título › Capítulo › Sección; the Budapest Convention: Chapter › Section › Title), so a kind of heading ranks by
/// the order in which the statute first uses it. Opening a heading closes it and every deeper one.
/// </summary>
internal sealed class HierarchyPath
{
    private readonly SortedDictionary<int, string> open = [];
    private readonly Dictionary<int, int> rankOfLevel = [];

    public IReadOnlyList<string> Labels => [.. open.Values];

    public void Open(StructureHeading heading)
    {
        if (!rankOfLevel.TryGetValue(heading.Level, out var rank))
        {
            rank = rankOfLevel.Count;
            rankOfLevel[heading.Level] = rank;
        }
        foreach (var deeper in open.Keys.Where(k => k >= rank).ToList()) open.Remove(deeper);
        open[rank] = heading.Label;
    }

    public void Clear() => open.Clear();
}

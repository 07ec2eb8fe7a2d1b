namespace LegalSearch.Indexer.Segmentation;

/// <summary>The open division headings above the current line; opening a heading closes it and every deeper one.</summary>
internal sealed class HierarchyPath
{
    private readonly SortedDictionary<int, string> open = [];

    public IReadOnlyList<string> Labels => [.. open.Values];

    public void Open(StructureHeading heading)
    {
        foreach (var deeper in open.Keys.Where(k => k >= heading.Level).ToList()) open.Remove(deeper);
        open[heading.Level] = heading.Label;
    }

    public void Clear() => open.Clear();
}

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Finds the lines that may start a provision: recognises markers, keeps the statute's own marker style
/// (articles, US § sections or bare section labels) and drops table-of-contents entries.
/// </summary>
public static class MarkerSelection
{
    public static IReadOnlyDictionary<int, ArticleMarker> Select(IReadOnlyList<SegmentLine> lines, string language)
    {
        var all = new List<ArticleMarker>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (MarkerRecognizer.Recognize(lines[i], i, language) is { } marker) all.Add(marker);
        }
        var style = DominantStyle(all);
        var chosen = all.Where(m => m.Style == style).ToList();
        var contents = TableOfContents.Entries(chosen, lines);
        return chosen.Where(m => !contents.Contains(m.Line)).ToDictionary(m => m.Line);
    }

    /// <summary>Articles or § sections when a statute has them; bare labels only when it has neither.</summary>
    private static MarkerStyle DominantStyle(IReadOnlyList<ArticleMarker> markers)
    {
        var keyword = markers.Count(m => m.Style == MarkerStyle.Keyword);
        var section = markers.Count(m => m.Style == MarkerStyle.Section);
        if (keyword == 0 && section == 0) return MarkerStyle.Label;
        if (section > keyword) return MarkerStyle.Section;
        var labels = markers.Count(m => m.Style == MarkerStyle.Label);
        return labels > 4 * keyword ? MarkerStyle.Label : MarkerStyle.Keyword;
    }
}

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
        var kept = chosen.Where(m => !contents.Contains(m.Line)).ToList();
        return Repaired(kept).ToDictionary(m => m.Line);
    }

    /// <summary>Numbers misread by the text layer are repaired from their neighbours before any sequence check uses them.</summary>
    private static IEnumerable<ArticleMarker> Repaired(IReadOnlyList<ArticleMarker> markers)
    {
        string? previous = null;
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            var next = i + 1 < markers.Count ? markers[i + 1].Number : null;
            var result = NumberingRepair.Repair(marker.Number, previous, next) is { } repaired
                ? marker with { Number = repaired, Correction = $"{marker.Number} → {repaired}" }
                : marker;
            previous = result.Number;
            yield return result;
        }
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

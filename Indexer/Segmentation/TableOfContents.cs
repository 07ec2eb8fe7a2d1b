using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Table-of-contents entries (an arrangement of sections, an índice): a run of markers with almost no text
/// between them whose numbers come back after it with their real text (or, for an index at the end, came before it).
/// </summary>
public static partial class TableOfContents
{
    private const int MaxEntryWords = 20;
    private const int MinRun = 3;

    /// <summary>An index printed after the articles (a Mexican índice) is long; a few short closing articles are not one.</summary>
    private const int MinTrailingRun = 10;

    /// <summary>A two-entry arrangement (a two-section bill) counts only when both numbers come back.</summary>
    private const int MinPairRun = 2;

    /// <summary>The line indices of markers that are table-of-contents entries.</summary>
    public static IReadOnlySet<int> Entries(IReadOnlyList<ArticleMarker> markers, IReadOnlyList<SegmentLine> lines)
    {
        var entries = new HashSet<int>();
        var run = new List<int>();
        for (var m = 0; m < markers.Count; m++)
        {
            var end = m + 1 < markers.Count ? markers[m + 1].Line : lines.Count;
            var restarts = run.Count > 0 && markers[m].Key.CompareTo(markers[run[^1]].Key) <= 0;
            if (restarts)
            {
                Close(run, markers, entries);
                run.Clear();
            }
            if (IsShort(markers[m], end, lines)) run.Add(m);
            else
            {
                Close(run, markers, entries);
                run.Clear();
            }
        }
        Close(run, markers, entries);
        return entries;
    }

    private static bool IsShort(ArticleMarker marker, int end, IReadOnlyList<SegmentLine> lines)
    {
        var words = Words(marker.Rest);
        var page = lines[marker.Line].Page;
        for (var i = marker.Line + 1; i < end && words <= MaxEntryWords && lines[i].Page == page; i++) words += Words(lines[i].Text);
        return words <= MaxEntryWords;
    }

    private static void Close(List<int> run, IReadOnlyList<ArticleMarker> markers, HashSet<int> entries)
    {
        if (run.Count < MinPairRun) return;
        var inRun = run.Select(i => markers[i].Line).ToHashSet();
        var trailing = run[^1] == markers.Count - 1;
        if (trailing && run.Count < MinTrailingRun) return;
        var elsewhere = (trailing ? markers.Take(run[0]) : markers.Skip(run[^1] + 1))
            .Select(m => m.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var repeated = run.Count(i => elsewhere.Contains(markers[i].Number));
        var isContents = run.Count >= MinRun ? repeated * 2 >= run.Count : repeated == run.Count;
        if (isContents) entries.UnionWith(inRun);
    }

    /// <summary>True when most lines are entries like "1001. Statements or entries generally." or a lone "Sec." / "Art.".</summary>
    public static bool LooksLikeContents(IReadOnlyList<string> lines) =>
        lines.Count(l => Entry.IsMatch(l)) * 5 >= lines.Count * 2;

    private static int Words(string text) => Word().Count(text);

    private static readonly Regex Entry = new(
        @"^(?:\[?\d+[A-Z]?(?:-\d+)?[.,]\s|(?:" + LanguageVocabulary.SectionAbbreviations + "|" + LanguageVocabulary.ArticleAbbreviations + ")$)",
        RegexOptions.Compiled);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

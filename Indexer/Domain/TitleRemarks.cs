using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Domain;

/// <summary>A statute's title as the law names itself, and what the title said about how the file was made.</summary>
/// <param name="Edition">The production remarks ("Planalto page printed to PDF", "edición SAIJ"), null when none.</param>
/// <param name="AsOf">The consolidation date the title states ("última reforma DOF 07-06-2024" → "2024-06-07", "2023 ed." → "2023").</param>
public sealed record StatuteTitle(string Title, string? Edition, string? AsOf);

/// <summary>
/// Splits production remarks off a catalogue title: " — " segments, a trailing parenthesis or a trailing ", …" part
/// that speaks of formats, databases, printing or editions move to the edition description.
/// </summary>
public static partial class TitleRemarks
{
    private const string Dash = " — ";

    public static StatuteTitle Split(string title)
    {
        var remarks = new List<string>();
        var kept = new List<string>();
        var segments = title.Split(Dash);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = StripTrailingRemarks(segments[i], remarks);
            if (i > 0 && (segment.Length == 0 || Production().IsMatch(segment))) remarks.Add(segment.Trim());
            else kept.Add(segment);
        }
        remarks.RemoveAll(r => r.Length == 0);
        return new StatuteTitle(string.Join(Dash, kept).Trim(), remarks.Count == 0 ? null : string.Join("; ", remarks), AsOf(title));
    }

    /// <summary>Takes production remarks off the end of one segment: "(SUIN-Juriscol)", ", Planalto page printed to PDF".</summary>
    private static string StripTrailingRemarks(string segment, List<string> remarks)
    {
        var found = new List<string>();
        while (true)
        {
            var remark = TrailingParenthesis().Match(segment) is { Success: true } paren && Production().IsMatch(paren.Groups["r"].Value) ? paren
                : TrailingClause().Match(segment) is { Success: true } clause && Production().IsMatch(clause.Groups["r"].Value) ? clause
                : null;
            if (remark is null) break;
            found.Insert(0, remark.Groups["r"].Value.Trim());
            segment = segment[..remark.Index].TrimEnd();
        }
        remarks.AddRange(found);
        return segment;
    }

    private static string? AsOf(string title)
    {
        if (ReformDayFirst().Match(title) is { Success: true } dmy)
        {
            return $"{dmy.Groups["y"].Value}-{dmy.Groups["m"].Value}-{dmy.Groups["d"].Value}";
        }
        if (ReformIso().Match(title) is { Success: true } iso) return iso.Groups["date"].Value;
        return EditionYear().Match(title) is { Success: true } year ? year.Groups["y"].Value : null;
    }

    [GeneratedRegex(@"(?i)\b(?:HTML|PDF|Markdown|XML|regenerated|printed|derived|derivad[oa]|edici[oó]n|edition|SUIN|Planalto|Lexis|SAIJ|GovInfo|C[aá]mara\s+de\s+Diputados|relator[ií]a|Digith[eè]que|scanned|LeyChile|texto\s+compilado|versi[oó]n\s+en\s+\w+\s+publicada|authentic\s+text|[úu]ltima\s+reforma)\b")]
    private static partial Regex Production();

    [GeneratedRegex(@"\s*\((?<r>[^()]*)\)$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@",\s*(?<r>[^,()]+)$")]
    private static partial Regex TrailingClause();

    [GeneratedRegex(@"(?i)[úu]ltima\s+reforma\s+(?:DOF\s+)?(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})")]
    private static partial Regex ReformDayFirst();

    [GeneratedRegex(@"(?i)[úu]ltima\s+reforma\s+(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex ReformIso();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\s+ed\.")]
    private static partial Regex EditionYear();
}

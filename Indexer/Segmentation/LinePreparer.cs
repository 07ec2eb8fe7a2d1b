using System.Text;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Turns extracted blocks into lines: current (not revoked) text only, split at hard line breaks, blank lines
/// dropped, and an article marker that a text layer placed at the end of its own first line
/// (".- Revelación ilegal … Art. 229") moved back to the front.
/// </summary>
public static partial class LinePreparer
{
    public static IReadOnlyList<SegmentLine> Lines(ExtractedDocument document)
    {
        var lines = new List<SegmentLine>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            if (block.Revoked) continue;
            foreach (var text in LinesOf(block.Text))
            {
                lines.Add(new SegmentLine(MoveTrailingMarker(text), block.Kind, block.Page));
            }
        }
        return MarginLabels.Restore(lines);
    }

    /// <summary>
    /// A block's hard line breaks are mostly source formatting ("Art. ⏎ 4º Aplicam-se…"), so its pieces are joined
    /// with a space, except where a piece starts a provision or a division heading.
    /// </summary>
    private static IEnumerable<string> LinesOf(string text)
    {
        if (!text.Contains('\n'))
        {
            var single = text.Trim();
            if (single.Length > 0) yield return single;
            yield break;
        }
        var line = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var piece = raw.Trim();
            if (piece.Length == 0) continue;
            if (line.Length > 0 && StartsSomething(piece))
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(piece);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static bool StartsSomething(string piece) =>
        LineOpening.IsMatch(piece) || StructureHeading.Recognize(piece) is not null || ZoneHeading.Recognize(piece) is not null;

    private static readonly Regex LineOpening = new(
        @"^[""“”«*]?\s*(?:" + LanguageVocabulary.ArticleWords + "|" + LanguageVocabulary.ArticleAbbreviations + "|" + LanguageVocabulary.SectionSigns + @")\s*\d",
        RegexOptions.Compiled);

    private static string MoveTrailingMarker(string text)
    {
        var match = TrailingMarker.Match(text);
        if (!match.Success) return text;
        return $"{match.Groups["quote"].Value}{match.Groups["marker"].Value}{match.Groups["rest"].Value.TrimEnd()}";
    }

    private static readonly Regex TrailingMarker = new(
        @"^(?<quote>[""“”]?)\s*(?<rest>\.\s?-.*?)\s*(?<marker>(?:" + LanguageVocabulary.ArticleAbbreviations + @")\s*\d+(?:\.\d+)*(?:\s?[-–]?\s?[A-Z])?(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?)$",
        RegexOptions.Compiled);
}

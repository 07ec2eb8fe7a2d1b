using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>A heading written above its provision: a marginal note ("Illegal access") or a Brazilian rubric ("Invasão de dispositivo informático").</summary>
public static partial class MarginalNote
{
    private const int MaxWords = 12;

    /// <param name="label">True for bare section labels, whose notes may end with a full stop ("Regulations.").</param>
    public static bool IsNote(SegmentLine line, string text, bool label)
    {
        if (text.Length < 3 || !char.IsUpper(text[0]) || text.StartsWith('(')) return false;
        if (StructureHeading.Recognize(text) is not null || ZoneHeading.Recognize(text) is not null) return false;
        if (Citation().IsMatch(text) || text.ToUpperInvariant() == text) return false;
        if (line.Kind == BlockKind.Heading) return true;
        var words = Word().Count(text);
        if (label && text[^1] == '.' && words <= 2) return true;
        return !".;:,".Contains(text[^1]) && words <= MaxWords;
    }

    [GeneratedRegex(@"^(?:R\.S\.|S\.C\.|L\.R\.|L\.C\.|\d{4},\s*c\.)|,\s*c\.\s*[A-Z0-9]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

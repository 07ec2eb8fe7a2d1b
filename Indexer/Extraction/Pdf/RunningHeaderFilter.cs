using System.Text;
using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers: lines in a page's top or bottom band whose shape (letters,
/// with every number counted alike and spacing ignored, so "O R DEN JUR ÍDICO" matches "ORDEN JURÍDICO")
/// recurs on many pages, and bare page-number lines ("7", "- 7 -", "Página 7 de 348").
/// A bare article heading ("Artículo 5.-", "ARTICULO 153 bis") is never removed, even when several pages happen
/// to start with one; a fragment of a running head split over two lines goes with it; a running head that merely starts with a section sign ("§ 1533 TITLE 6—DOMESTIC SECURITY
/// Page 518") is.
/// </summary>
internal static partial class RunningHeaderFilter
{
    private const double MinPageShare = 0.3;
    private const int MinPages = 3;
    private const int BareHeadingShapeLength = 16;

    /// <summary>A head split over two lines leaves fragments ("TITLE 18—CRIMES AND"); a long enough piece of a repeated head is one too.</summary>
    private const int MinFragmentShapeLength = 12;

    public static IReadOnlyList<PdfLine> Remove(IReadOnlyList<PdfLine> lines, int pageCount)
    {
        var repeated = RepeatedShapes(lines, pageCount);
        return lines.Where(line => !IsRunning(line, repeated)).ToList();
    }

    private static bool IsRunning(PdfLine line, IReadOnlySet<string> repeated)
    {
        if (line.Zone == LineZone.Body) return false;
        if (PageNumber().IsMatch(line.Text)) return true;
        var shape = Shape(line.Text);
        if (ProvisionOpeningLine.Matches(line.Text) && shape.Length <= BareHeadingShapeLength) return false;
        return repeated.Contains(shape) || (shape.Length >= MinFragmentShapeLength && repeated.Any(r => r.Contains(shape, StringComparison.Ordinal)));
    }

    private static HashSet<string> RepeatedShapes(IReadOnlyList<PdfLine> lines, int pageCount)
    {
        var threshold = Math.Max(MinPages, (int)Math.Ceiling(MinPageShare * pageCount));
        var pagesByShape = new Dictionary<string, HashSet<int>>();
        foreach (var line in lines.Where(l => l.Zone != LineZone.Body))
        {
            var shape = Shape(line.Text);
            if (shape.Length == 0) continue;
            if (!pagesByShape.TryGetValue(shape, out var pages)) pagesByShape[shape] = pages = [];
            pages.Add(line.Page);
        }
        return pagesByShape.Where(p => p.Value.Count >= threshold).Select(p => p.Key).ToHashSet();
    }

    /// <summary>Lower-case letters, '#' for each run of digits, nothing else: the line's shape across pages.</summary>
    internal static string Shape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsDigit(c) && (sb.Length == 0 || sb[^1] != '#')) sb.Append('#');
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^\W*(p[áa]g(ina|e|\.)?\s*)?\d{1,4}(\s*(de|of|/|sur)\s*\d{1,4})?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}

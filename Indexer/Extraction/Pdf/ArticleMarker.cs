using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Extraction.Pdf;

/// <summary>Lines that open a provision ("Artículo 5", "Art. 154-A", "ARTICULO 153 bis", "§ 1030", "Section 4").</summary>
internal static partial class ArticleMarker
{
    public static bool StartsLine(string line) => Pattern().IsMatch(line);

    [GeneratedRegex(@"^\W{0,3}(art[íi]culo|art\.|artigo|article|artikel|section|sec\.|§)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// One search token per article number, the same at index and query time: the slug with the dash between a
/// number and a single letter dropped, so "154-A", "154A" and "154 a" all become "154a" while "154" stays "154",
/// "211 bis 1" becomes "211-bis-1" and "234.1" becomes "234-1". Statutes write these suffixes inconsistently
/// (Brazil "154-A", Colombia "269A"), users more so.
/// </summary>
public static partial class ArticleKey
{
    public static string From(string number) => LetterSuffix().Replace(ProvisionSlug.From(number), "$1$2");

    [GeneratedRegex(@"(\d)-([a-z])(?![a-z])")]
    private static partial Regex LetterSuffix();
}

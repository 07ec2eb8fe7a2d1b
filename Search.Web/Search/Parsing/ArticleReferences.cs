using System.Text.RegularExpressions;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>The article numbers a query names ("269A", "154-A", "211 bis 1", "art. 234", "§ 1030") and the words left over.</summary>
public sealed record ArticleReferences(IReadOnlyList<string> Numbers, string Remainder)
{
    /// <summary>
    /// A number counts as an article reference when a marker of some language precedes it (<see cref="CitationVocabulary.ReferenceMarkers"/>),
    /// when it carries a suffix (a letter, bis/ter…, ".1"), or when it is the whole query. A bare "2009" inside words
    /// ("ley 1273 de 2009") stays an ordinary word, and so does a law's number ("Ley 21.459", "Lei nº 13.709").
    /// </summary>
    public static ArticleReferences Find(string query)
    {
        var numbers = new List<string>();
        var remainder = Reference.Replace(query, match =>
        {
            var marked = match.Groups["marker"].Success;
            var suffixed = match.Groups["suffix"].Success;
            var whole = match.Value.Trim().Length == query.Trim().Length;
            if (!marked && !suffixed && !whole) return match.Value;
            numbers.Add(match.Groups["number"].Value);
            return " ";
        });
        return new ArticleReferences(numbers, remainder.Trim());
    }

    /// <summary>The one-token keys (<see cref="ArticleKey"/>) to look up in the article_key field.</summary>
    public IEnumerable<string> Keys => Numbers.Select(ArticleKey.From).Distinct();

    private static readonly Regex Reference = new(
        @"(?<![\w""])(?<!\b(?:" + LanguageVocabulary.LawWords + @"|n[º°o]\.?)\s*)(?<marker>(?:" + LanguageVocabulary.ReferenceMarkers + @")\.?\s*)?" +
        @"(?<number>\d+(?<suffix>\s*[-–]?\s*[A-Za-z](?![\w])|(?:\s+(?:bis|ter|quater|quinquies|sexies)\b(?:\s+\d+\b)?)|(?:\.\d+)+)?)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

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
    /// ("ley 1273 de 2009") stays an ordinary word, and so does a law's number ("Ley 21.459", "Lei nº 13.709"). A letter
    /// that opens an abbreviation ("18 U.S.C.") is no suffix: "U.S.C." marks the section after it ("18 U.S.C. 1030").
    /// </summary>
    public static ArticleReferences Find(string query)
    {
        var matches = Matches(query, isWholeQuery: true);
        var remainder = new System.Text.StringBuilder(query);
        foreach (var match in matches.Reverse()) remainder.Remove(match.Index, match.Length).Insert(match.Index, ' ');
        return new ArticleReferences([.. matches.Select(m => m.Number)], remainder.ToString().Trim());
    }

    /// <summary>
    /// Where <paramref name="text"/> names articles (same rules as <see cref="Find"/>); <paramref name="isWholeQuery"/>
    /// says whether a bare number alone in the text is the whole query, and so an article.
    /// </summary>
    public static IReadOnlyList<ArticleMatch> Matches(string text, bool isWholeQuery)
    {
        var found = new List<ArticleMatch>();
        foreach (Match match in Reference.Matches(text))
        {
            var marked = match.Groups["marker"].Success;
            var suffixed = match.Groups["suffix"].Success;
            var whole = isWholeQuery && match.Value.Trim().Length == text.Trim().Length;
            if (marked || suffixed || whole) found.Add(new ArticleMatch(match.Index, match.Length, WithoutOrdinal(match.Groups["number"].Value)));
        }
        return found;
    }

    /// <summary>"7º", "1°", "2ª" are articles 7, 1 and 2 (the ordinal indicator Portuguese and Spanish print after the first articles).</summary>
    private static string WithoutOrdinal(string number) => string.Concat(number.Where(c => !OrdinalIndicators.Contains(c)));

    private const string OrdinalIndicators = "º°ª";

    /// <summary>The one-token keys (<see cref="ArticleKey"/>) to look up in the article_key field.</summary>
    public IEnumerable<string> Keys => Numbers.Select(ArticleKey.From).Distinct();

    private static readonly Regex Reference = new(
        @"(?<![\w""])(?<!\b(?:" + LanguageVocabulary.LawWords + @"|n[º°o]\.?)\s*)(?<marker>(?:" + LanguageVocabulary.ReferenceMarkers + @")\.?\s*)?" +
        @"(?<number>\d+[" + OrdinalIndicators + @"]?(?<suffix>\s*[-–]?\s*[A-Za-z](?![\w])(?!\.\s?[A-Za-z]\b)|(?:\s+(?:bis|ter|quater|quinquies|sexies)\b(?:\s+\d+\b)?)|(?:\.\d+)+)?)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

/// <summary>An article reference at <paramref name="Index"/> (marker included) naming article <paramref name="Number"/>.</summary>
public sealed record ArticleMatch(int Index, int Length, string Number);

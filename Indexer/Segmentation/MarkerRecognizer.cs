using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Recognises the article / section markers of the registered languages (<see cref="LanguageVocabulary"/>) at the
/// start of a line. Section signs and sentence-carrying labels count only in languages that number sections that way.
/// </summary>
public static partial class MarkerRecognizer
{
    public static ArticleMarker? Recognize(SegmentLine line, int index, string language)
    {
        var text = line.Text;
        var keyword = KeywordMarker.Match(text);
        if (keyword.Success && FollowsLikeAMarker(keyword.Groups["rest"].Value))
        {
            var quoted = keyword.Groups["quote"].Success;
            return new ArticleMarker(index, keyword.Groups["kw"].Value, ArticleNumber.Normalize(keyword.Groups["num"].Value),
                keyword.Groups["rest"].Value, MarkerStyle.Keyword, quoted);
        }
        var first = FirstArticle?.Match(text);
        if (first is { Success: true } && FollowsLikeAMarker(first.Groups["rest"].Value))
        {
            return new ArticleMarker(index, first.Groups["kw"].Value, "1", first.Groups["rest"].Value, MarkerStyle.Keyword, false);
        }
        if (!SectionMarkers.TryGetValue(language, out var sectionMarker)) return LabelMarker(line, index, requireHeading: true);

        var section = sectionMarker.Match(text);
        if (section.Success)
        {
            return new ArticleMarker(index, section.Groups["kw"].Value, ArticleNumber.Normalize(section.Groups["num"].Value),
                section.Groups["rest"].Value, MarkerStyle.Section, false);
        }
        return LabelMarker(line, index, requireHeading: false);
    }

    private static ArticleMarker? LabelMarker(SegmentLine line, int index, bool requireHeading)
    {
        var label = LabelLine().Match(line.Text);
        if (!label.Success) return null;
        var rest = label.Groups["rest"].Value;
        var isXmlLabel = line.Kind == BlockKind.Heading && rest.Length == 0 && !label.Groups["sub"].Success;
        if (requireHeading && !isXmlLabel) return null;
        var hasDot = label.Groups["dot"].Length > 0;
        if (!isXmlLabel && !hasDot) return null;
        if (!isXmlLabel && rest.Length > 0 && !StartsSentence(rest)) return null;
        var number = ArticleNumber.Normalize(label.Groups["num"].Value);
        var sub = label.Groups["sub"].Success ? $"({label.Groups["sub"].Value}) " : "";
        return new ArticleMarker(index, "", number, sub + rest.Trim(), MarkerStyle.Label, false);
    }

    private static bool StartsSentence(string rest)
    {
        var trimmed = rest.TrimStart();
        return trimmed.Length > 0 && (char.IsUpper(trimmed[0]) || trimmed[0] is '“' or '"');
    }

    /// <summary>"Artículo 37 del Código…", "Article 42;" and "Article 29, paragraph 4" are references, not markers.</summary>
    private static bool FollowsLikeAMarker(string rest) => MarkerTail().IsMatch(rest);

    private static readonly Regex KeywordMarker = new(
        @"^(?<quote>[""“”«]\s*)?(?:\*\s*)?(?<kw>" + LanguageVocabulary.ArticleWords + "|" + LanguageVocabulary.ArticleAbbreviations + "|" + LanguageVocabulary.UndottedAbbreviations + ")" +
        @"\s*(?<num>\d{1,5}(?:\.\d{1,3})*(?:[º°ª](?=\s?[-–]\s?[A-Z](?!\p{L})))?(?:\s?[-–]\s?[A-Z](?!\p{L})|[A-Z](?!\p{L}))?(?:(?:\s+|\s?-\s?)(?i:bis|ter|qu[aá]ter|quinquies|quintus|sexies|sextus|septies|octies|nonies|decies|undecies|duodecies)(?!\p{L})(?:\s+\d{1,2}(?!\d))?|:\s(?:bis|ter|quater)(?=[:.]))?(?:\s?\(\d{1,2}\))?)(?:\s*(?:[º°ª]|o(?=[\s.\-–:]|$)|er(?!\p{L})|re(?!\p{L})))?(?<rest>.*)$",
        RegexOptions.Compiled);

    /// <summary>Constitutions may write the first article in words (<see cref="SegmentationVocabulary.FirstArticleInWords"/>).</summary>
    private static readonly Regex? FirstArticle =
        LanguageVocabulary.FirstArticleInWords is { } words ? new(@"^(?:" + words + @")(?<rest>.*)$", RegexOptions.Compiled) : null;

    [GeneratedRegex(@"^(?:$|\s*[.\-–—:)]|\s+[\p{Lu}""“«(¿\[])")]
    private static partial Regex MarkerTail();

    /// <summary>"§ 1030.", "§§ 1, 2 to 5." in the languages that number sections with a sign.</summary>
    private static readonly Dictionary<string, Regex> SectionMarkers = LanguageRegistry.All
        .Where(l => l.Segmentation.NumbersSections)
        .ToDictionary(l => l.Code, l => SectionMarker(l.Segmentation));

    private static Regex SectionMarker(SegmentationVocabulary words)
    {
        var sign = "(?:" + string.Join('|', words.SectionSigns) + ")";
        var range = string.Join('|', words.SectionRangeWords);
        return new Regex(@"^\[?(?<kw>" + sign + sign + @"?)\s*(?<num>\d+[A-Za-z]*(?:-\d+[A-Za-z]*)?(?:(?:,\s*|\s+(?:" + range + @")\s+)\d+[A-Za-z]*(?:-\d+)?)*)\.(?<rest>\s.*|$)", RegexOptions.Compiled);
    }

    [GeneratedRegex(@"^(?<num>\d{1,4}(?:\.\d{1,4})*[A-Z]?)(?<dot>\.?)(?:\s*\((?<sub>\d+)\))?(?<rest>\s+.*|$)")]
    private static partial Regex LabelLine();
}

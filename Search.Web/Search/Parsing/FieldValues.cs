using System.Globalization;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>Reads and checks the value of a one-value field (<c>country:CO</c>, <c>year:2009..2012</c>…).</summary>
internal static partial class FieldValues
{
    public static QueryNode Read(QueryField field, string name, string value, SourceSpan span, SourceSpan valueSpan)
    {
        QueryNode? node = field switch
        {
            QueryField.Country when CountryCode().IsMatch(value) => new FilterNode(field, value.ToUpperInvariant(), span),
            QueryField.Language when IndexFields.Languages.Contains(value.ToLowerInvariant()) => new FilterNode(field, value.ToLowerInvariant(), span),
            QueryField.Offence when OffenceCatalog.IsKnown(value.ToLowerInvariant()) => new FilterNode(field, value.ToLowerInvariant(), span),
            QueryField.Statute when StatuteId().IsMatch(value) => new FilterNode(field, value.ToLowerInvariant(), span),
            QueryField.Article when value.Length > 0 => new ArticleNode(value, Required: true, span),
            QueryField.Year => Years(value, span),
            _ => null,
        };
        return node ?? throw QueryTreeParser.Error(QueryErrorKind.InvalidFieldValue, valueSpan, name, value);
    }

    private static YearRangeNode? Years(string value, SourceSpan span)
    {
        var match = YearRange().Match(value);
        if (!match.Success) return null;
        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        return from <= to ? new YearRangeNode(from, to, span) : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{2}|INT|int)$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex StatuteId();

    [GeneratedRegex(@"^(?<from>\d{4})(?:\.\.(?<to>\d{4}))?$")]
    private static partial Regex YearRange();
}

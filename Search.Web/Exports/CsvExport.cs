using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Comparison;

namespace LegalSearch.Web.Exports;

/// <summary>
/// CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents) of a result list, a comparison and the offences
/// matrix. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public static string Search(SearchResponse response) => Write(
        ["rank", "country", "citation", "statute_id", "title", "number", "heading", "offences", "url", "official_url", "text"],
        response.Hits.Select((h, i) => new[]
        {
            ((response.Page - 1) * response.Size + i + 1).ToString(CultureInfo.InvariantCulture), h.Country,
            $"{StatuteNames.Short(h.Title, h.LawNumber)} ({h.Country}), {Indexer.Languages.CitationStyle.ArticleLabel(h.Country, h.Language, h.Article)}",
            h.StatuteId, h.Title, h.Article, h.Heading ?? "", string.Join(" ", h.Offences), h.Url, h.SourceUrl ?? "", Plain(h.Snippet),
        }));

    public static string Compare(ComparisonResponse comparison)
    {
        var rows = new List<string[]>();
        if (comparison.Reference is { } reference) rows.Add(Row("reference", reference, 0));
        foreach (var row in comparison.Rows)
        {
            rows.Add(row.Provision is { } provision
                ? Row("best", provision, row.Others.Count)
                : [row.Country, "gap", "", "", "", "", "", "", "0", ""]);
        }
        return Write(["country", "role", "citation", "statute_id", "number", "heading", "url", "language", "other_provisions", "text"], rows);

        static string[] Row(string role, ComparedProvision p, int others) =>
            [p.Country, role, p.Citation, p.StatuteId, p.Article, p.Heading ?? "", p.Url, p.Language, others.ToString(CultureInfo.InvariantCulture), p.Text];
    }

    public static string Matrix(OffenceMatrix matrix) => Write(
        ["country", .. matrix.Offences, "total"],
        matrix.Rows.Select(r => (string[])[r.Country, .. matrix.Offences.Select(o => r.Cells[o]?.Citation ?? ""), r.Count.ToString(CultureInfo.InvariantCulture)]));

    /// <summary>The snippet without its &lt;mark&gt; tags, entities decoded.</summary>
    private static string Plain(string snippet) =>
        System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    private static string Write(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var name in header) csv.WriteField(name);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    public static IResult File(string csv, string name) =>
        Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), ContentType, name);
}

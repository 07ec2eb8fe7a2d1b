using System.Globalization;
using Lucene.Net.Documents;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Search;

/// <summary>A provision as stored in the index, for pages and the JSON API.</summary>
public sealed record ProvisionView(
    string Id,
    string StatuteId,
    string Slug,
    string Country,
    string Language,
    string Title,
    int? Year,
    string? LawNumber,
    string Article,
    string Kind,
    string? Heading,
    IReadOnlyList<string> Path,
    string Text,
    int Ordinal,
    IReadOnlyList<string> Offences,
    IReadOnlyList<string> OffenceTerms,
    string Source,
    string? SourceUrl,
    bool Ocr,
    IReadOnlyList<string> Corrections)
{
    public string Anchor => $"art-{Slug}";

    public string Url => $"/statutes/{Uri.EscapeDataString(StatuteId)}#{Anchor}";

    /// <summary>"Ley 1273 de 2009 (CO), art. 269A"; "6 U.S.C. ch. 6 (US), § 1534"; "… (BB), s. 4".</summary>
    public string Citation => Kind == "article"
        ? $"{LawNumber ?? Title} ({Country}), {ArticleLabel}"
        : $"{LawNumber ?? Title} ({Country}), {Article}";

    private string ArticleLabel => CitationStyle.ArticleLabel(Country, Language, Article);

    public static ProvisionView From(Document doc)
    {
        var id = doc.Get(IndexFields.Id) ?? "";
        var slugStart = id.IndexOf("/art-", StringComparison.Ordinal);
        var path = doc.Get(IndexFields.Path) ?? "";
        return new ProvisionView(
            id,
            doc.Get(IndexFields.StatuteId) ?? "",
            slugStart >= 0 ? id[(slugStart + 5)..] : id,
            doc.Get(IndexFields.Country) ?? "",
            doc.Get(IndexFields.Language) ?? "",
            doc.Get(IndexFields.Title) ?? "",
            int.TryParse(doc.Get(IndexFields.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            doc.Get(IndexFields.LawNumber),
            doc.Get(IndexFields.Article) ?? "",
            doc.Get(IndexFields.Kind) ?? "article",
            doc.Get(IndexFields.Heading),
            path.Length == 0 ? [] : path.Split(IndexFields.PathSeparator),
            doc.Get(IndexFields.Text) ?? "",
            doc.GetField(IndexFields.Ordinal)?.GetInt32Value() ?? 0,
            doc.GetValues(IndexFields.Offence),
            doc.GetValues(IndexFields.OffenceTerms),
            doc.Get(IndexFields.Source) ?? "",
            doc.Get(IndexFields.SourceUrl),
            doc.Get(IndexFields.Ocr) == "true",
            doc.GetValues(IndexFields.Corrections));
    }
}

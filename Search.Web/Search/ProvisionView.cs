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

    /// <summary>A hit's stored values, read through the field definitions.</summary>
    public static ProvisionView From(StoredProvision stored)
    {
        var id = stored.Get(ProvisionSchema.Id) ?? "";
        var slugStart = id.IndexOf("/art-", StringComparison.Ordinal);
        return new ProvisionView(
            id,
            stored.Get(ProvisionSchema.StatuteId) ?? "",
            slugStart >= 0 ? id[(slugStart + 5)..] : id,
            stored.Get(ProvisionSchema.Country) ?? "",
            stored.Get(ProvisionSchema.Language) ?? "",
            stored.Get(ProvisionSchema.Title) ?? "",
            stored.Get(ProvisionSchema.Year),
            stored.Get(ProvisionSchema.LawNumber),
            stored.Get(ProvisionSchema.Article) ?? "",
            stored.Get(ProvisionSchema.Kind) ?? "article",
            stored.Get(ProvisionSchema.Heading),
            stored.Get(ProvisionSchema.Path),
            stored.Get(ProvisionSchema.Text),
            stored.Get(ProvisionSchema.Ordinal),
            stored.Get(ProvisionSchema.Offence),
            stored.Get(ProvisionSchema.OffenceTerms),
            stored.Get(ProvisionSchema.Source) ?? "",
            stored.Get(ProvisionSchema.SourceUrl),
            stored.Get(ProvisionSchema.Ocr),
            stored.Get(ProvisionSchema.Corrections));
    }
}

using System.Text.Json.Serialization;
using LegalSearch.Indexer.Extraction;
using LegalSearch.Indexer.Domain;
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
    string Notes,
    string Divisions,
    string Edition,
    int Ordinal,
    IReadOnlyList<string> Offences,
    IReadOnlyList<string> OffenceTerms,
    string Source,
    string? SourceUrl,
    bool Ocr,
    IReadOnlyList<string> Corrections,
    string CountryName,
    string? Enacted,
    string? AsOf,
    string? EditionDescription)
{
    public string Anchor => $"art-{Slug}";

    public string Url => $"/statutes/{Uri.EscapeDataString(StatuteId)}#{Anchor}";

    /// <summary>"Ley 1273 de 2009 (CO), art. 269A"; "6 U.S.C. ch. 6 (US), § 1534"; "… (BB), s. 4".</summary>
    public string Citation => Kind == "article"
        ? $"{LawNumber ?? Title} ({Country}), {ArticleLabel}"
        : $"{LawNumber ?? Title} ({Country}), {Article}";

    private string ArticleLabel => CitationStyle.ArticleLabel(Country, Language, Article);

    /// <summary>
    /// Most text one provision carries into a page or an API response: the Indexer refuses longer provisions
    /// (<see cref="SizeLimits.MaxProvisionChars"/>); an index built before that limit is cut here, and says so.
    /// </summary>
    public static int MaxTextChars { get; } = SizeLimits.Default.MaxProvisionChars;

    /// <summary>True when <see cref="Text"/> was cut at <see cref="MaxTextChars"/> (written to JSON only then).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TextCut { get; init; }

    /// <summary>A hit's stored values, read through the field definitions.</summary>
    public static ProvisionView From(StoredProvision stored)
    {
        var text = stored.Get(ProvisionSchema.Text);
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
            text.Length <= MaxTextChars ? text : text[..MaxTextChars],
            stored.Get(ProvisionSchema.Notes) ?? "",
            stored.Get(ProvisionSchema.Divisions),
            stored.Get(ProvisionSchema.Edition) ?? Editions.Current,
            stored.Get(ProvisionSchema.Ordinal),
            stored.Get(ProvisionSchema.Offence),
            stored.Get(ProvisionSchema.OffenceTerms),
            stored.Get(ProvisionSchema.Source) ?? "",
            stored.Get(ProvisionSchema.SourceUrl),
            stored.Get(ProvisionSchema.Ocr),
            stored.Get(ProvisionSchema.Corrections),
            stored.Get(ProvisionSchema.CountryName) ?? stored.Get(ProvisionSchema.Country) ?? "",
            stored.Get(ProvisionSchema.Enacted),
            stored.Get(ProvisionSchema.AsOf),
            stored.Get(ProvisionSchema.EditionDescription))
        {
            TextCut = text.Length > MaxTextChars,
        };
    }
}

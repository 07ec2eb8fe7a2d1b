using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Folding;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// A document of the ranking window with the few values that decide which provision it is an edition of
/// (<see cref="EditionKey"/>), and, read only when the page lists it among a hit's other editions, its edition.
/// </summary>
internal sealed class WindowDocument(string country, string language, string key, Func<Edition> edition)
{
    private Edition? read;

    public string Country => country;

    public string Language => language;

    public string Key => key;

    public Edition Edition => read ??= edition();

    /// <summary>From the document's stored fields (a segment written before the window's doc values).</summary>
    public static WindowDocument From(StoredProvision fields)
    {
        var country = fields.Get(ProvisionSchema.Country) ?? "";
        var language = fields.Get(ProvisionSchema.Language) ?? "";
        var key = EditionKey.Of(
            country, fields.Get(ProvisionSchema.LawNumber), fields.Get(ProvisionSchema.StatuteId) ?? "",
            fields.Get(ProvisionSchema.Year), fields.Get(ProvisionSchema.Kind) ?? "", fields.Get(ProvisionSchema.Article) ?? "");
        var edition = new Edition(fields.Get(ProvisionSchema.Id) ?? "", language, fields.Get(ProvisionSchema.Source) ?? "");
        return new WindowDocument(country, language, key, () => edition);
    }
}

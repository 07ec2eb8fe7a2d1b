using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Languages;
using Microsoft.Extensions.Localization;

namespace LegalSearch.Web.Localization;

/// <summary>
/// The labels of the pages, read with <c>IStringLocalizer&lt;SiteText&gt;</c> from Resources/Localization/SiteText*.resx
/// (en neutral; es, pt, fr satellites): UI words, country names (<c>country.CO</c>) and language names (<c>lang.es</c>).
/// Offence labels come from the language definitions (<see cref="OffenceCatalog"/>).
/// </summary>
public sealed class SiteText;

/// <summary>Names of the index's values (countries, languages, offence codes) in the UI language; the code itself when no name is known.</summary>
public sealed class ValueNames(IStringLocalizer<SiteText> text)
{
    public string Country(string code) => Named($"country.{code}", code);

    public string Language(string code) => Named($"lang.{code}", code);

    public string Offence(string code)
    {
        var offence = OffenceCatalog.All.FirstOrDefault(o => o.Code == code);
        if (offence is null) return code;
        return offence.Labels.TryGetValue(UiLanguage.Current, out var label) ? label : offence.Labels.GetValueOrDefault(LanguageRegistry.Interface, code);
    }

    private string Named(string key, string fallback) => text[key] is { ResourceNotFound: false } found ? found.Value : fallback;
}

using System.Globalization;

namespace LegalSearch.Indexer.Domain;

/// <summary>
/// Country names for the country codes of DESIGN.md (ISO 3166-1 alpha-2, "INT" for treaties), from the platform's region
/// data. The index stores the English name; <see cref="Name"/> answers in another UI language (a culture name such as
/// the page's language) when the platform knows it.
/// </summary>
public static class Countries
{
    /// <summary>The pseudo-country of treaties.</summary>
    public const string Treaties = "INT";

    private const string TreatiesName = "International";

    /// <summary>The English name ("Colombia", "United States"), stored in the index as <c>country_name</c>.</summary>
    public static string EnglishName(string code) => Name(code, null);

    /// <summary>The country's name in the UI culture <paramref name="uiCulture"/> (null: English); the code itself when unknown.</summary>
    public static string Name(string code, string? uiCulture)
    {
        if (code == Treaties) return TreatiesName;
        if (code.Length != 2) return code;
        try
        {
            var region = new RegionInfo(code);
            return uiCulture is null ? region.EnglishName : LocalizedName(region, uiCulture) ?? region.EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>.NET names regions in the current UI culture only, so another language is read under that culture.</summary>
    private static string? LocalizedName(RegionInfo region, string uiCulture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
            return new RegionInfo(region.Name).DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

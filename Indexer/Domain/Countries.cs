using System.Globalization;

namespace LegalSearch.Indexer.Domain;

/// <summary>
/// Country names for the country codes of DESIGN.md (ISO 3166-1 alpha-2, "INT" for treaties). The index stores the
/// English name; <see cref="Name"/> answers in another UI language from the platform's region data when it has one.
/// </summary>
public static class Countries
{
    /// <summary>The pseudo-country of treaties.</summary>
    public const string Treaties = "INT";

    private static readonly Dictionary<string, string> TreatyNames = new(StringComparer.Ordinal)
    {
        ["en"] = "International",
        ["es"] = "Internacional",
        ["pt"] = "Internacional",
        ["fr"] = "International",
    };

    /// <summary>The English name ("Colombia", "United States"), stored in the index as <c>country_name</c>.</summary>
    public static string EnglishName(string code) => Name(code, null);

    /// <summary>The country's name in <paramref name="uiLanguage"/> (null: English); the code itself when unknown.</summary>
    public static string Name(string code, string? uiLanguage)
    {
        if (code == Treaties) return TreatyNames.GetValueOrDefault(uiLanguage ?? "en", TreatyNames["en"]);
        if (code.Length != 2) return code;
        try
        {
            var region = new RegionInfo(code);
            if (uiLanguage is null || uiLanguage == "en") return region.EnglishName;
            return LocalizedName(region, uiLanguage) ?? region.EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>.NET names regions in the current UI culture only, so another language is read from that culture's region.</summary>
    private static string? LocalizedName(RegionInfo region, string uiLanguage)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiLanguage);
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

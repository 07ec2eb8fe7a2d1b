using System.Globalization;
using System.Resources;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Localization;

/// <summary>
/// The texts of the UI (query error messages, /help), from Resources/UiText*.resx: the neutral file is the interface
/// language (<see cref="LanguageRegistry.Interface"/>), each other UI language has its own satellite file. A
/// registered language becomes a UI language by getting a file.
/// </summary>
public static class UiText
{
    private static readonly ResourceManager Resources = new("LegalSearch.Web.Resources.UiText", typeof(UiText).Assembly);

    /// <summary>The interface language first, then every registered language with a translation of the UI.</summary>
    public static IReadOnlyList<string> Languages { get; } =
    [
        LanguageRegistry.Interface,
        .. LanguageRegistry.Codes.Where(code => code != LanguageRegistry.Interface
            && Resources.GetResourceSet(CultureInfo.GetCultureInfo(code), createIfNotExists: true, tryParents: false) is not null),
    ];

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, else in the interface language.</summary>
    public static string Get(string key, string language) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(Languages.Contains(language) ? language : LanguageRegistry.Interface))
        ?? throw new KeyNotFoundException($"no UI text '{key}'");
}

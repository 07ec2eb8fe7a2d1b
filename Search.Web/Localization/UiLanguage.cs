using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LegalSearch.Web.Localization;

/// <summary>
/// The UI languages (en, es, pt, fr) and how a request picks one: <c>?ui=</c>, then the culture cookie, then
/// Accept-Language (ASP.NET Core request localization); English otherwise.
/// </summary>
public static class UiLanguage
{
    public static IReadOnlyList<string> Supported { get; } = ["en", "es", "pt", "fr"];

    /// <summary>The language of the current request (set by the request localization middleware).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && Supported.Contains(code) ? code : "en";

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Supported[0])
            .AddSupportedCultures([.. Supported])
            .AddSupportedUICultures([.. Supported]);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "ui", UIQueryStringKey = "ui" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}

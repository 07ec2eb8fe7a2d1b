using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LegalSearch.Web.Localization;

/// <summary>
/// How a request picks its UI language (<see cref="UiText.Languages"/>): <c>?ui=</c>, then the culture cookie, then
/// Accept-Language (ASP.NET Core request localization); the interface language otherwise.
/// </summary>
public static class UiLanguage
{
    /// <summary>The query-string parameter that chooses the UI language.</summary>
    public const string Parameter = "ui";

    /// <summary>The language of the current request (set by the request localization middleware).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && UiText.Languages.Contains(code) ? code : UiText.Languages[0];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(UiText.Languages[0])
            .AddSupportedCultures([.. UiText.Languages])
            .AddSupportedUICultures([.. UiText.Languages]);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = Parameter, UIQueryStringKey = Parameter },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}

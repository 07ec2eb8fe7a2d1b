using Microsoft.AspNetCore.Localization;

namespace LegalSearch.Web.Localization;

/// <summary>
/// The UI language switch: a link to the same page with <c>?ui=xx</c>; a request that carries <c>?ui=</c> also stores
/// the choice in the culture cookie, so later pages (without the parameter) stay in that language.
/// </summary>
public static class UiSwitch
{
    public static string Href(HttpRequest request, string language)
    {
        var pairs = request.Query.Where(kv => kv.Key != UiLanguage.Parameter)
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"{UiLanguage.Parameter}={Uri.EscapeDataString(language)}");
        return $"{request.Path}?{string.Join("&", pairs)}";
    }

    /// <summary>Middleware: remembers a valid <c>?ui=</c> in the culture cookie for a year.</summary>
    public static IApplicationBuilder UseUiLanguageCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var asked = context.Request.Query[UiLanguage.Parameter].ToString();
        if (UiText.Languages.Contains(asked))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
        }
        await next();
    });
}

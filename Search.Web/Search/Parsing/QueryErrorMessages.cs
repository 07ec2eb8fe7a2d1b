using System.Globalization;
using LegalSearch.Web.Localization;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>The message of a <see cref="QueryError"/> in a UI language (texts in Resources/UiText*.resx under <see cref="QueryError.MessageKey"/>).</summary>
public static class QueryErrorMessages
{
    /// <summary>The message in <paramref name="uiLanguage"/> (the interface language when the UI has no text in it), with the 1-based character position.</summary>
    public static string Format(QueryError error, string uiLanguage)
    {
        var message = string.Format(CultureInfo.InvariantCulture, UiText.Get(error.MessageKey, uiLanguage), [.. error.Arguments.Cast<object>(), "", ""]);
        return string.Format(CultureInfo.InvariantCulture, UiText.Get("query.position", uiLanguage), message, error.Position + 1);
    }
}

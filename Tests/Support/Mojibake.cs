using System.Text.RegularExpressions;

namespace LegalSearch.Tests.Support;

/// <summary>
/// Finds UTF-8 read as windows-1252/latin1 ("Ã©", "Ã§", "â€™", "Â "), replacement characters and C1 controls.
/// A lone "Ã" is not mojibake: Portuguese capitals have it ("APLICAÇÃO").
/// </summary>
public static partial class Mojibake
{
    public static IReadOnlyList<string> Find(string text) =>
        Pattern().Matches(text).Select(m => m.Value).Distinct().ToList();

    [GeneratedRegex("Ã[\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€|Â[\u00A0-\u00BF ]|\uFFFD|[\u0080-\u009F]")]
    private static partial Regex Pattern();
}

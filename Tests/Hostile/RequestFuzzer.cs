using System.Globalization;
using System.Text;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// Generates hostile requests from a fixed seed: queries built from words of the corpus, Lucene and DESIGN.md syntax,
/// the inputs that answered 500 in issue 16 (bad regular expressions, term ranges, over a thousand filter values),
/// control and astral characters, over-long strings, and parameter sets with bad, repeated and unknown values,
/// against every endpoint that reads the query string or the path.
/// </summary>
public sealed class RequestFuzzer(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Words =
    [
        "acceso", "abusivo", "sistema", "informático", "datos", "personales", "illegal", "access", "invasão", "dispositivo",
        "données", "système", "computer", "fraud", "ñandú", "§", "269A", "154-A", "211 bis 1", "art. 5", "Artículo", "el", "de",
    ];

    private static readonly string[] Syntax =
    [
        "AND", "OR", "NOT", "-", "+", "(", ")", "\"", "~", "~2", "~0.5", "^", "^3", "*", "?", ":", "\\", "/", "[", "]", "{", "}",
        "TO", "&&", "||", "!", "NEAR/3", "w/5", "PRE/2", "/s", "/p", "heading:", "country:CO", "lang:es", "art:269A",
        "year:2009..2024", "offence:illegal-access", "statute:co-ley-1273-2009", "text_es:acc*", "exact:\"acceso abusivo\"",
    ];

    private static readonly string[] Hostile =
    [
        "/[/", "/(((/", "/a|/", "/[ac]*a[ac]{16}/", "/.*/", "acceso [a TO z]", "{a TO z}", "[* TO *]", "year:[2000 TO 2010]",
        "*", "?a", "*ac", "a*b*c*d*", "a*", "de*", "\"unbalanced", "\"a\"~99999999", "acceso~", "((((((((((acceso))))))))))",
        "<script>alert(1)</script>", "'\"><img src=x>", "%00", "\0", "\u200B", "\uFEFF", "😀", "\u202Egnp.exe", "e\u0301",
        "\uD800", "../../etc/passwd", "\r\nX-Injected: 1", "*:*", "_id:1", "field:", ":", "AND AND", "NOT", "(", ")",
    ];

    private static readonly string[] Countries = ["CO", "co", "BR", "INT", "US", "XX", "C0", "ÑÑ", "", "CO,BR", "C", "COL", "<b>", "%2C"];
    private static readonly string[] Languages = ["es", "pt", "en", "fr", "nl", "ES", "xx", "", "es,pt", "e"];
    private static readonly string[] Offences = ["illegal-access", "computer-fraud", "made-up", "", "ILLEGAL-ACCESS", "illegal-access,computer-fraud"];
    private static readonly string[] Numbers = ["1", "2", "0", "-1", "10", "25", "101", "99999999999", "1e3", "1.5", "", " 2", "0x10", "١"];
    private static readonly string[] Years = ["2009", "1999", "19x", "999", "10000", "", "2009,2010", "-2009", "２００９"];

    /// <summary>One request: a path with its query string, already percent-encoded (or deliberately not).</summary>
    public string Next()
    {
        return random.Next(10) switch
        {
            < 5 => "/api/search?" + SearchParameters(),
            < 7 => "/search?" + SearchParameters(),
            7 => "/api/compare?" + Join(Maybe("offence", Offences), Maybe("country", Countries), Maybe("format", ["json", "csv", "xml"])),
            // NUL in a path is refused by the server (Kestrel) before the app sees it, and by the in-process test host as an exception.
            8 => Pick(["/api/statutes/", "/statutes/", "/api/provisions/co-ley-1273-2009/"]) + Uri.EscapeDataString(Query().Replace("\0", "", StringComparison.Ordinal)),
            _ => "/api/search?q=" + RawEscapes(),
        };
    }

    private string SearchParameters()
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(Query()) };
        if (random.Next(3) == 0) parameters.Add(Maybe("country", Countries));
        if (random.Next(4) == 0) parameters.Add(Maybe("lang", Languages));
        if (random.Next(5) == 0) parameters.Add(Maybe("offence", Offences));
        if (random.Next(5) == 0) parameters.Add(Maybe("year", Years));
        if (random.Next(3) == 0) parameters.Add(Maybe("page", Numbers));
        if (random.Next(3) == 0) parameters.Add(Maybe("size", Numbers));
        if (random.Next(15) == 0) parameters.Add(Maybe(Pick(["colour", "Q", "q[]", "", "callback"]), Words));
        if (random.Next(40) == 0) parameters.Add(ManyValues("year", 1_100, i => (1000 + i).ToString(CultureInfo.InvariantCulture)));
        if (random.Next(40) == 0) parameters.Add(ManyValues("country", 300, i => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}"));
        return Join([.. parameters]);
    }

    private string Query()
    {
        var parts = new StringBuilder();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(4) > 0) parts.Append(' ');
            parts.Append(random.Next(10) switch
            {
                < 4 => Pick(Words),
                < 6 => Pick(Syntax),
                < 8 => Pick(Hostile),
                8 => RandomCharacters(random.Next(1, 12)),
                _ => random.Next(30) == 0 ? new string('x', random.Next(900, 2_500)) : Pick(Words) + Pick(["*", "?", "~", "^2", ":", "\""]),
            });
        }
        return parts.ToString();
    }

    /// <summary>Malformed percent-encoding, sent as is.</summary>
    private string RawEscapes() => Pick(["%", "%zz", "%C3", "%C3%28", "%FF%FE", "%E2%82", "acceso%00abusivo", "%2F%5B%2F", "a+b+%2B", "%25%25"]) + Pick(["", "&page=%", "&size=%FF"]);

    private string RandomCharacters(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = random.Next(6) switch
            {
                0 => (char)random.Next(0x00, 0x20),
                1 => (char)random.Next(0x20, 0x7F),
                2 => (char)random.Next(0xA0, 0x250),
                3 => (char)random.Next(0x2000, 0x2070),
                4 => (char)random.Next(0x4E00, 0x4F00),
                _ => (char)random.Next(0xD800, 0xE000), // lone surrogates
            };
            text.Append(c);
        }
        return text.ToString();
    }

    private string ManyValues(string key, int count, Func<int, string> value) =>
        string.Join("&", Enumerable.Range(0, count).Select(i => $"{key}={value(i)}"));

    private string Maybe(string key, string[] values) => $"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(Pick(values))}";

    private static string Join(params string[] parameters) => string.Join("&", parameters.Where(p => p.Length > 0));

    private string Pick(string[] values) => values[random.Next(values.Length)];
}

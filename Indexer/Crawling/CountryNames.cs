using System.Globalization;
using System.Text;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// Country names as link pages write them (en, es, pt, fr; accents and case ignored) → ISO 3166-1 alpha-2,
/// and "INT" for the Council of Europe and its Budapest Convention. Covers the OAS member states and the
/// European states of the corpus.
/// </summary>
public static class CountryNames
{
    private static readonly Dictionary<string, string> ByName = Build(new Dictionary<string, string[]>
    {
        ["AG"] = ["Antigua and Barbuda", "Antigua y Barbuda", "Antígua e Barbuda", "Antigua-et-Barbuda"],
        ["AR"] = ["Argentina", "Argentine"],
        ["BS"] = ["Bahamas", "The Bahamas", "Las Bahamas"],
        ["BB"] = ["Barbados", "Barbade"],
        ["BZ"] = ["Belize", "Belice"],
        ["BO"] = ["Bolivia", "Bolívia", "Bolivie"],
        ["BR"] = ["Brazil", "Brasil", "Brésil"],
        ["CA"] = ["Canada", "Canadá"],
        ["CL"] = ["Chile", "Chili"],
        ["CO"] = ["Colombia", "Colômbia", "Colombie"],
        ["CR"] = ["Costa Rica"],
        ["CU"] = ["Cuba"],
        ["DM"] = ["Dominica", "Dominique"],
        ["DO"] = ["Dominican Republic", "República Dominicana", "République dominicaine"],
        ["EC"] = ["Ecuador", "Equador", "Équateur"],
        ["SV"] = ["El Salvador", "Salvador"],
        ["GD"] = ["Grenada", "Granada", "Grenade"],
        ["GT"] = ["Guatemala"],
        ["GY"] = ["Guyana"],
        ["HT"] = ["Haiti", "Haití", "Haïti"],
        ["HN"] = ["Honduras"],
        ["JM"] = ["Jamaica", "Jamaïque"],
        ["MX"] = ["Mexico", "México", "Mexique"],
        ["NI"] = ["Nicaragua"],
        ["PA"] = ["Panama", "Panamá"],
        ["PY"] = ["Paraguay", "Paraguai"],
        ["PE"] = ["Peru", "Perú", "Pérou"],
        ["KN"] = ["Saint Kitts and Nevis", "San Cristóbal y Nieves", "Saint-Christophe-et-Niévès"],
        ["LC"] = ["Saint Lucia", "Santa Lucía", "Santa Lúcia", "Sainte-Lucie"],
        ["VC"] = ["Saint Vincent and the Grenadines", "San Vicente y las Granadinas", "Saint-Vincent-et-les-Grenadines"],
        ["SR"] = ["Suriname", "Surinam"],
        ["TT"] = ["Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago", "Trinité-et-Tobago"],
        ["US"] = ["United States", "United States of America", "USA", "Estados Unidos", "Estados Unidos de América", "États-Unis"],
        ["UY"] = ["Uruguay", "Uruguai"],
        ["VE"] = ["Venezuela"],
        ["ES"] = ["Spain", "España", "Espanha", "Espagne"],
        ["PT"] = ["Portugal"],
        ["FR"] = ["France", "Francia", "França"],
        ["NL"] = ["Netherlands", "The Netherlands", "Países Bajos", "Holanda", "Pays-Bas", "Nederland"],
        ["INT"] = ["Council of Europe", "Consejo de Europa", "Conselho da Europa", "Conseil de l'Europe", "Budapest Convention",
            "Convenio de Budapest", "Convenção de Budapeste", "Convention de Budapest"],
    });

    /// <summary>The code of a text that is a country name, or starts with one followed by ':' ',' '-' or '('.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Fold(text);
        if (ByName.TryGetValue(key, out var code)) return code;
        var cut = key.IndexOfAny([':', ',', '(', '–', '-']);
        return cut > 0 && ByName.TryGetValue(key[..cut].Trim(), out code) ? code : null;
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> names) =>
        names.SelectMany(kv => kv.Value.Select(name => (Name: Fold(name), Code: kv.Key)))
            .DistinctBy(x => x.Name) // "Bolivia" and "Bolívia" fold alike
            .ToDictionary(x => x.Name, x => x.Code, StringComparer.Ordinal);

    private static string Fold(string text)
    {
        var decomposed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Replace('’', '\'').Trim();
    }
}

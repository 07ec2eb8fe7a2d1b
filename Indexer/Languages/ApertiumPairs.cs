namespace LegalSearch.Indexer.Languages;

/// <summary>
/// The Apertium pairs of the Debian packages apertium-eng-spa, apertium-es-pt and apertium-fr-es by ISO 639-1 codes
/// (their mode files are named "eng-spa" but "es-pt"), and Spanish as the pivot for the pairs Debian does not ship.
/// Spanish goes into Brazilian Portuguese ("es-pt_BR": "usuário", "registro", "celular" rather than "utente", "registo",
/// "telemóvel"): every Portuguese statute of the corpus is Brazilian, as is the only Portuguese-speaking OAS member.
/// </summary>
public static class ApertiumPairs
{
    public static IReadOnlyDictionary<(string From, string To), string> All { get; } = new Dictionary<(string, string), string>
    {
        [("en", "es")] = "eng-spa",
        [("es", "en")] = "spa-eng",
        [("es", "pt")] = "es-pt_BR",
        [("pt", "es")] = "pt-es",
        [("fr", "es")] = "fr-es",
        [("es", "fr")] = "es-fr",
    };

    /// <summary>The language the other pairs go through.</summary>
    public const string Pivot = "es";

    /// <summary>The languages a query can be translated from, in the order a tie between them is decided (the corpus's largest first).</summary>
    public static IReadOnlyList<string> Sources { get; } = ["en", "es", "pt", "fr"];

    /// <summary>Where a source language's words are first translated to: the pivot, or from the pivot into English.</summary>
    public static string FirstStep(string source) => source == Pivot ? "en" : Pivot;
}

namespace LegalSearch.Web.Search.Translation;

/// <summary>The Apertium pairs of the Debian packages apertium-eng-spa, apertium-es-pt and apertium-fr-es, by ISO 639-1 codes.</summary>
public static class ApertiumPairs
{
    public static IReadOnlyDictionary<(string From, string To), string> All { get; } = new Dictionary<(string, string), string>
    {
        [("en", "es")] = "eng-spa",
        [("es", "en")] = "spa-eng",
        [("es", "pt")] = "es-pt",
        [("pt", "es")] = "pt-es",
        [("fr", "es")] = "fr-es",
        [("es", "fr")] = "es-fr",
    };

    /// <summary>The languages a query can be translated from.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["en", "es", "pt", "fr"];
}

namespace LegalSearch.Web.Search;

/// <summary>GET /api/search response (DESIGN.md).</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    string Interpretation,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<Expansion> Expansions);

/// <summary>
/// Something searched besides the user's words, so a lawyer can check it: a translation ("es", "robo de identidad",
/// via "translation from en"), a lexicon concept ("pt", "invasão de dispositivo informático", via "concept illegal-access")
/// or an offence code the first hits share ("", "offence:privacy-violation", via "classification of the first hits:
/// privacy-violation"; <see cref="AnyLanguage"/>: the classification is the same in every language).
/// </summary>
public sealed record Expansion(string Language, string Text, string Via)
{
    /// <summary>The language of an expansion searched in every language (an offence code).</summary>
    public const string AnyLanguage = "";
}

/// <summary>One ranked provision. <see cref="Snippet"/> is HTML-encoded statute text whose only markup is &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Id,
    string StatuteId,
    string Country,
    string Language,
    string Title,
    int? Year,
    string Article,
    string? Heading,
    IReadOnlyList<string> Path,
    IReadOnlyList<string> Offences,
    double Score,
    string Snippet,
    string Url,
    string Source,
    bool Ocr,
    IReadOnlyList<string> MatchedVia,
    string Kind,
    string Edition,
    IReadOnlyList<LegalSearch.Web.Search.Backend.Edition> Editions)
{
    /// <summary>The statute's number as cited ("Ley 1273 de 2009"), when it has one.</summary>
    public string? LawNumber { get; init; }

    /// <summary>The official URL the statute was taken from, when known (pages link it instead of showing a file path).</summary>
    public string? SourceUrl { get; init; }
}

namespace LegalSearch.Web.Search;

/// <summary>GET /api/search response (DESIGN.md).</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<Expansion> Expansions);

/// <summary>
/// Something searched besides the user's words, so a lawyer can check it: a translation ("es", "robo de identidad",
/// via "translation from en") or a lexicon concept ("pt", "invasão de dispositivo informático", via "concept illegal-access").
/// </summary>
public sealed record Expansion(string Language, string Text, string Via);

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
    IReadOnlyList<LegalSearch.Web.Search.Backend.Edition> Editions);

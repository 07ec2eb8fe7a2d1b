namespace LegalSearch.Web.Search.Comparison;

/// <summary>
/// GET /api/compare: the offence (or words) compared, the Budapest Convention's article as the reference, and one row
/// per country in the order asked, each with its best provision in full and the other candidates.
/// </summary>
public sealed record ComparisonResponse(
    string? Offence,
    string? Query,
    IReadOnlyDictionary<string, string> Labels,
    ComparedProvision? Reference,
    IReadOnlyList<ComparisonRow> Rows);

/// <summary>One country: its best provision (<see cref="Provision"/>, null when none is classified or matches: a gap) and the others, best first.</summary>
public sealed record ComparisonRow(string Country, ComparedProvision? Provision, IReadOnlyList<ComparedAlternative> Others);

/// <summary>A provision shown in full: its operative text and where it sits.</summary>
public sealed record ComparedProvision(
    string Id, string Country, string Language, string StatuteId, string Title, string Article, string? Heading,
    IReadOnlyList<string> Path, string Citation, string Url, string Text, double Score);

/// <summary>Another candidate of the same country, one click away.</summary>
public sealed record ComparedAlternative(string Id, string Article, string? Heading, string Citation, string Url, double Score);

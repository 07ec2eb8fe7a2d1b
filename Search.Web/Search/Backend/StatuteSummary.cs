namespace LegalSearch.Web.Search.Backend;

/// <summary>One line of the statute list.</summary>
public sealed record StatuteSummary(string Id, string Country, string Language, string Title, int? Year, int Provisions);

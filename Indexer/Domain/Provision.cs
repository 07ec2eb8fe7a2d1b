namespace LegalSearch.Indexer.Domain;

public static class ProvisionKinds
{
    public const string Article = "article";
    public const string Preamble = "preamble";
    public const string Transitory = "transitory";
    public const string Annex = "annex";

    /// <summary>A table of contents printed inside the text (US Code chapter analysis): kept, but not a provision to cite.</summary>
    public const string Contents = "contents";
}

/// <summary>One article / section of a statute, in statute order.</summary>
/// <param name="Number">Normalized number ("269A", "154-A", "211 bis 1"); for non-article kinds a label such as "preamble".</param>
/// <param name="Kind">One of <see cref="ProvisionKinds"/>.</param>
/// <param name="Heading">Epígrafe / marginal note / section title, when the statute gives one.</param>
/// <param name="Path">Hierarchy above the provision ("Título VII bis", "Capítulo I").</param>
/// <param name="Ordinal">0-based position in the statute.</param>
/// <param name="Corrections">Notes on repairs made to the number (e.g. "2691 → 269I"), empty when none.</param>
public sealed record Provision(
    string Number,
    string Kind,
    string? Heading,
    IReadOnlyList<string> Path,
    string Text,
    int Ordinal,
    IReadOnlyList<string>? Corrections = null)
{
    public string Slug => ProvisionSlug.From(Number);
}

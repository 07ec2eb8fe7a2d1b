namespace LegalSearch.Indexer.Domain;

public static class ProvisionKinds
{
    public const string Article = "article";
    public const string Preamble = "preamble";
    public const string Transitory = "transitory";
    public const string Annex = "annex";

    /// <summary>A table of contents printed inside the text (US Code chapter analysis): kept, but not a provision to cite.</summary>
    public const string Contents = "contents";

    /// <summary>The enacting signatures and promulgation formula after the last article ("Dada en Bogotá…", "Publíquese y cúmplase").</summary>
    public const string Signature = "signature";

    /// <summary>Every kind, for validating a <c>kind</c> filter.</summary>
    public static IReadOnlyList<string> All { get; } = [Article, Preamble, Transitory, Annex, Contents, Signature];

    /// <summary>Kinds that default search leaves out (a <c>kind</c> filter brings them back): they are not the law's words to cite.</summary>
    public static IReadOnlyList<string> HiddenByDefault { get; } = [Contents, Signature];
}

/// <summary>Which text of a statute a provision belongs to, when a source holds more than one.</summary>
public static class Editions
{
    /// <summary>The text as the source gives it in force (a consolidated text, or the only text): provision ids without a suffix.</summary>
    public const string Current = "current";

    /// <summary>The text as first published in the official gazette, rebuilt from the prior wordings a consolidated source keeps.</summary>
    public const string Published = "published";

    /// <summary>
    /// The suffix of a provision slug outside the current edition: "5@published" (id <c>co-ley-1712-2014/art-5@published</c>).
    /// '@' is a URL path and fragment character, and never part of a number's slug.
    /// </summary>
    public static string SlugSuffix(string? edition) => edition is null or Current ? "" : $"@{edition}";
}

/// <summary>One article / section of a statute, in statute order.</summary>
/// <param name="Number">Normalized number ("269A", "154-A", "211 bis 1"); for non-article kinds a label such as "preamble".</param>
/// <param name="Kind">One of <see cref="ProvisionKinds"/>.</param>
/// <param name="Heading">Epígrafe / marginal note / section title, when the statute gives one.</param>
/// <param name="Path">Hierarchy above the provision ("Título VII bis", "Capítulo I").</param>
/// <param name="Text">The operative text: the law's own words, without notes and without the division headings above it.</param>
/// <param name="Ordinal">0-based position in the statute.</param>
/// <param name="Corrections">Notes on repairs made to the number (e.g. "2691 → 269I"), empty when none.</param>
/// <param name="Notes">
/// Editorial apparatus printed with the provision (source credits, amendment and editorial notes, concordances,
/// case-law references, superseded wordings), one note per line; empty when none.
/// </param>
/// <param name="Divisions">The division headings printed just above the provision ("CAPÍTULO II ⏎ Acceso ilícito a sistemas…"), empty when none.</param>
/// <param name="Edition">One of <see cref="Editions"/>; null is the current edition.</param>
public sealed record Provision(
    string Number,
    string Kind,
    string? Heading,
    IReadOnlyList<string> Path,
    string Text,
    int Ordinal,
    IReadOnlyList<string>? Corrections = null,
    string Notes = "",
    string Divisions = "",
    string? Edition = null)
{
    public string Slug => ProvisionSlug.From(Number) + Editions.SlugSuffix(Edition);
}

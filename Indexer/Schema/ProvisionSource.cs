using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Schema;

/// <summary>What one provision document is written from: the statute, the provision, its offence classification and the time of indexing.</summary>
public sealed record ProvisionSource(Statute Statute, Provision Provision, IReadOnlyList<OffenceMatch> Offences, DateTimeOffset IndexedAt)
{
    /// <summary>"{statuteId}/art-{slug}" (DESIGN.md, "Identifiers").</summary>
    public string ProvisionId => IdOf(Statute.Id, Provision.Slug);

    /// <summary>What a provision id puts between the statute's id and the article slug, after the slash.</summary>
    public const string SlugPrefix = "art-";

    /// <summary>The provision id of an article slug ("269a") in a statute.</summary>
    public static string IdOf(string statuteId, string slug) => $"{statuteId}/{SlugPrefix}{slug}";
}

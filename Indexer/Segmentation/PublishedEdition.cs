using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// A consolidated source that prints each article's earlier wordings (SUIN-Juriscol) holds the law as first published
/// too: every article in its oldest wording, or as in force when it was never changed. That text becomes the statute's
/// <see cref="Editions.Published"/> edition, with provisions of its own (ids "…/art-5@published").
/// </summary>
internal static class PublishedEdition
{
    public static IReadOnlyList<Provision> Build(IReadOnlyList<ProvisionDraft> drafts, IReadOnlyList<Provision> current)
    {
        if (!drafts.Any(d => d.PriorWordings.Count > 0)) return [];
        var edition = new List<Provision>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Kind != ProvisionKinds.Article || draft.Host is not null) continue;
            var text = draft.PriorWordings.Count > 0 ? draft.PriorWordings[^1] : draft.Lines;
            edition.Add(current[i] with
            {
                Text = string.Join('\n', text),
                Notes = "",
                Ordinal = current.Count + edition.Count,
                Edition = Editions.Published,
            });
        }
        return edition;
    }
}

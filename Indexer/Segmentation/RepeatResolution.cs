using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Explains every article number a source prints more than once, instead of numbering the repeats:
/// <list type="bullet">
/// <item>an earlier wording printed under a "prior wording" heading (SUIN) goes to the notes of the provision, and
/// feeds the as-published edition (<see cref="PublishedEdition"/>);</item>
/// <item>a wording printed right after another of the same number (Planalto's struck-out text, without its strike-through
/// in a printout) is superseded: the wording that carries the amendment note stays, the other goes to its notes;</item>
/// <item>a repeat whose text opens with a quotation mark is text quoted by the article before it (an amendment);</item>
/// <item>any other repeat is the same article printed again: it goes to the notes of the first.</item>
/// </list>
/// Numbers quoted by amending articles and the second language of a bilingual file are told apart by
/// <see cref="ProvisionNumbering"/>.
/// </summary>
internal static class RepeatResolution
{
    /// <summary>Folds and re-hosts repeats; returns one line per resolved repeat for the segmentation report.</summary>
    public static IReadOnlyList<string> Resolve(List<ProvisionDraft> drafts)
    {
        var resolved = new List<string>();
        FoldPriorWordings(drafts, resolved);
        var first = new Dictionary<string, ProvisionDraft>(StringComparer.Ordinal);
        ProvisionDraft? previous = null;
        foreach (var draft in drafts.ToList())
        {
            if (draft.Kind != ProvisionKinds.Article || draft.Host is not null || draft.SecondLanguage is not null) continue;
            var slug = ProvisionSlug.From(draft.Number);
            if (!first.TryGetValue(slug, out var earlier))
            {
                first[slug] = draft;
                previous = draft;
                continue;
            }
            if (ReferenceEquals(previous, earlier))
            {
                var (kept, superseded) = CarriesAmendmentNote(draft) && !CarriesAmendmentNote(earlier) ? (draft, earlier) : (earlier, draft);
                Fold(superseded, kept, drafts);
                first[slug] = kept;
                previous = kept;
                resolved.Add($"{draft.Number}: superseded wording, in the notes of the wording in force");
            }
            else if (IsQuoted(draft) && previous is not null)
            {
                draft.Host = previous;
                resolved.Add($"{draft.Number}: quoted by {previous.Number}");
            }
            else
            {
                Fold(draft, earlier, drafts);
                resolved.Add($"{draft.Number}: printed again, in the notes of the first");
            }
        }
        return resolved;
    }

    private static void FoldPriorWordings(List<ProvisionDraft> drafts, List<string> resolved)
    {
        foreach (var prior in drafts.Where(d => d.PriorWordingOf is not null).ToList())
        {
            var host = prior.PriorWordingOf!;
            host.PriorWordings.Add([.. prior.Lines]);
            Fold(prior, host, drafts);
            resolved.Add($"{prior.Number}: earlier wording, in the notes and the as-published edition");
        }
    }

    /// <summary>Moves a wording (its text, then its own notes) into the notes of another draft and drops it.</summary>
    private static void Fold(ProvisionDraft wording, ProvisionDraft into, List<ProvisionDraft> drafts)
    {
        into.Notes.AddRange(wording.DivisionLines);
        into.Notes.AddRange(wording.Lines);
        into.Notes.AddRange(wording.Notes);
        drafts.Remove(wording);
    }

    /// <summary>The marker line opens with a quotation mark, before the number or right after it ("Art. 114.- “Las autoridades…").</summary>
    private static bool IsQuoted(ProvisionDraft draft) =>
        draft.Marker is { } marker && (marker.Quoted || marker.Rest.TrimStart(' ', '.', '-', '–', '—', ':').StartsWith('"') || marker.Rest.TrimStart(' ', '.', '-', '–', '—', ':').StartsWith('“'));

    private static bool CarriesAmendmentNote(ProvisionDraft draft) => draft.Notes.Any(NotePatterns.CurrentWording.IsMatch);
}

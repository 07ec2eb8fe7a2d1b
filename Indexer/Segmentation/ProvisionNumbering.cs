namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Makes provision numbers unique within a statute, since ids are "{statuteId}/art-{slug}". The rule:
/// <list type="bullet">
/// <item>the statute's own articles keep their number (repeats were explained before, <see cref="RepeatResolution"/>);</item>
/// <item>a second-language copy (the Dutch half of an English + Dutch file) gets the language code: "2 nl";</item>
/// <item>an article quoted by an amending one keeps its number when free ("269A"), else names its host: "230 (art. 5)";</item>
/// <item>a quotation of a number its host quotes already is the same text quoted again: it goes to the host's notes;</item>
/// <item>preamble, transitory, annex and signature parts are numbered "transitory", "transitory 2", ….</item>
/// </list>
/// </summary>
internal static class ProvisionNumbering
{
    /// <summary>Renumbers in place; returns one line per number told apart, for the segmentation report.</summary>
    public static IReadOnlyList<string> MakeUnique(List<ProvisionDraft> drafts)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var told = new List<string>();
        foreach (var draft in drafts.Where(d => d.Host is null && d.SecondLanguage is null).ToList()) Claim(draft, taken, drafts, told);
        foreach (var draft in drafts.Where(d => d.Host is not null || d.SecondLanguage is not null).ToList()) Claim(draft, taken, drafts, told);
        return told;
    }

    private static void Claim(ProvisionDraft draft, HashSet<string> taken, List<ProvisionDraft> drafts, List<string> told)
    {
        var number = draft.SecondLanguage is { } language ? $"{draft.Number} {language}" : draft.Number;
        if (!taken.Contains(Domain.ProvisionSlug.From(number)))
        {
            if (draft.SecondLanguage is not null) told.Add($"{draft.Number}: second-language text, numbered {number}");
            draft.Number = number;
            taken.Add(Domain.ProvisionSlug.From(number));
            return;
        }
        if (draft.Host is { } host)
        {
            var hosted = Languages.CitationStyle.QuotedNumber(number, host.Number);
            if (taken.Add(Domain.ProvisionSlug.From(hosted)))
            {
                told.Add($"{number}: quoted amendment, numbered {hosted}");
                draft.Number = hosted;
                return;
            }
            host.Notes.AddRange(draft.Lines);
            host.Notes.AddRange(draft.Notes);
            drafts.Remove(draft);
            told.Add($"{number}: quoted again by {host.Number}, in its notes");
            return;
        }
        var counter = 2;
        string candidate;
        do candidate = $"{number} {counter++}";
        while (!taken.Add(Domain.ProvisionSlug.From(candidate)));
        if (draft.Kind == Domain.ProvisionKinds.Article) told.Add($"{number}: numbered {candidate}");
        draft.Number = candidate;
    }
}

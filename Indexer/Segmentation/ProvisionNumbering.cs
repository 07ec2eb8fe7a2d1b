namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Makes provision numbers unique within a statute, since ids are "{statuteId}/art-{slug}". The rule:
/// <list type="bullet">
/// <item>the statute's own articles keep their number; the first one with a number wins;</item>
/// <item>a second-language copy (the Dutch half of an English + Dutch file) gets the language code: "2 nl";</item>
/// <item>an article quoted by an amending one keeps its number when free ("269A"), else names its host: "230 (art. 5)";</item>
/// <item>any other repeat (a wording printed twice) gets a counter: "61 (copy 2)";</item>
/// <item>preamble, transitory and annex parts are numbered "transitory", "transitory 2", ….</item>
/// </list>
/// </summary>
internal static class ProvisionNumbering
{
    public static void MakeUnique(IReadOnlyList<ProvisionDraft> drafts)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => d.Host is null && d.SecondLanguage is null)) Claim(draft, taken);
        foreach (var draft in drafts.Where(d => d.Host is not null || d.SecondLanguage is not null)) Claim(draft, taken);
    }

    private static void Claim(ProvisionDraft draft, HashSet<string> taken)
    {
        var number = draft.SecondLanguage is { } language ? $"{draft.Number} {language}" : draft.Number;
        if (!taken.Contains(Domain.ProvisionSlug.From(number)))
        {
            draft.Number = number;
            taken.Add(Domain.ProvisionSlug.From(number));
            return;
        }
        if (draft.Host is { } host)
        {
            var hosted = Languages.CitationStyle.QuotedNumber(number, host.Number);
            if (taken.Add(Domain.ProvisionSlug.From(hosted)))
            {
                draft.Number = hosted;
                return;
            }
        }
        var counter = 2;
        string candidate;
        do candidate = draft.Kind == Domain.ProvisionKinds.Article ? $"{number} (copy {counter++})" : $"{number} {counter++}";
        while (!taken.Add(Domain.ProvisionSlug.From(candidate)));
        draft.Number = candidate;
    }
}

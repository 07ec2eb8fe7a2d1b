using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// The signatures and promulgation formula printed after the last article ("El Presidente del honorable Senado…",
/// "Publíquese y cúmplase", "Dada en Bogotá…") become a provision of their own kind, so the last article ends with its
/// own words. Checked on the last article or transitory part of the law and on the one before each annex.
/// </summary>
internal static class SignatureBlock
{
    public static void Split(List<ProvisionDraft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var endsBody = i == drafts.Count - 1 || drafts[i + 1].Kind == ProvisionKinds.Annex;
            if (!endsBody || drafts[i].Kind is not (ProvisionKinds.Article or ProvisionKinds.Transitory)) continue;
            if (drafts[i].Host is not null || drafts[i].SecondLanguage is not null) continue;
            if (Extract(drafts[i]) is { } signature) drafts.Insert(i + 1, signature);
        }
    }

    private static ProvisionDraft? Extract(ProvisionDraft draft)
    {
        var start = draft.Lines.FindIndex(draft.MarkerOffset + 1, NotePatterns.Signatures.IsMatch);
        if (start < 0) return null;
        var signature = new ProvisionDraft(ProvisionKinds.Signature, ProvisionKinds.Signature, null, draft.Path);
        signature.Lines.AddRange(draft.Lines.Skip(start));
        draft.Lines.RemoveRange(start, draft.Lines.Count - start);
        return signature;
    }
}

using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Splits extracted text into provisions: articles / sections with their normalised number, heading and
/// hierarchy path (see <see cref="SegmentWalker"/>), plus the preamble, transitory and annex parts, so that no
/// text is lost. A pure function of the extracted blocks and the language.
/// </summary>
public static class StatuteSegmenter
{
    public static IReadOnlyList<Provision> Segment(ExtractedDocument document, string language)
    {
        var lines = LinePreparer.Lines(document);
        var markers = MarkerSelection.Select(lines, language);
        var drafts = new SegmentWalker(lines, markers, language).Walk();
        drafts.RemoveAll(d => d.Lines.Count == 0);
        SecondLanguage.Mark(drafts);
        ProvisionNumbering.MakeUnique(drafts);
        return [.. drafts.Select((d, i) => ToProvision(d, i))];
    }

    private static Provision ToProvision(ProvisionDraft draft, int ordinal)
    {
        var heading = draft.Marker is { } marker
            ? HeadingExtractor.Extract(marker, [.. draft.BodyLines.Skip(1).Take(3)], draft.Note)
            : null;
        var path = draft.SecondLanguage is { } language ? [language, .. draft.Path] : draft.Path;
        return new Provision(draft.Number, draft.Kind, heading, path, string.Join('\n', draft.Lines), ordinal,
            draft.Marker?.Correction is { } correction ? [correction] : null);
    }
}

using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>What segmentation made of a statute: its provisions, and how each repeated number was explained.</summary>
public sealed record SegmentedText(IReadOnlyList<Provision> Provisions, IReadOnlyList<string> Repeats);

/// <summary>
/// Splits extracted text into provisions: articles / sections with their normalised number, heading and
/// hierarchy path (see <see cref="SegmentWalker"/>), plus the preamble, transitory, annex and signature parts, so that no
/// text is lost; notes apart from the operative text (<see cref="NoteRecognizer"/>), repeats explained
/// (<see cref="RepeatResolution"/>), and the as-published edition when the source holds one (<see cref="PublishedEdition"/>).
/// A pure function of the extracted blocks and the language.
/// </summary>
public static class StatuteSegmenter
{
    public static IReadOnlyList<Provision> Segment(ExtractedDocument document, string language) =>
        SegmentWithRepeats(document, language).Provisions;

    public static SegmentedText SegmentWithRepeats(ExtractedDocument document, string language)
    {
        var lines = LinePreparer.Lines(document);
        var markers = MarkerSelection.Select(lines, language);
        var drafts = new SegmentWalker(lines, markers, language).Walk();
        drafts.RemoveAll(d => d.Lines.Count == 0 && d.DivisionLines.Count == 0);
        SignatureBlock.Split(drafts);
        foreach (var draft in drafts) NoteRecognizer.Separate(draft);
        SecondLanguage.Mark(drafts);
        var repeats = new List<string>(RepeatResolution.Resolve(drafts));
        repeats.AddRange(ProvisionNumbering.MakeUnique(drafts));
        var current = drafts.Select((d, i) => ToProvision(d, i)).ToList();
        return new SegmentedText([.. current, .. PublishedEdition.Build(drafts, current)], repeats);
    }

    private static Provision ToProvision(ProvisionDraft draft, int ordinal)
    {
        var heading = draft.Marker is { } marker
            ? HeadingExtractor.Extract(marker, [.. draft.BodyLines.Skip(1).Take(3)], draft.Note)
            : null;
        var path = draft.SecondLanguage is { } language ? [language, .. draft.Path] : draft.Path;
        return new Provision(draft.Number, draft.Kind, heading, path, string.Join('\n', draft.Lines), ordinal,
            draft.Marker?.Correction is { } correction ? [correction] : null,
            string.Join('\n', draft.Notes),
            string.Join('\n', draft.DivisionLines));
    }
}

using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Walks the lines once and cuts them into provision drafts: the preamble, one draft per accepted marker,
/// transitory and annex parts. Division headings update the path and travel with the provision that follows
/// them; articles quoted by an amending article become drafts of their own, hosted by it.
/// </summary>
internal sealed class SegmentWalker(IReadOnlyList<SegmentLine> lines, IReadOnlyDictionary<int, ArticleMarker> markers, string language)
{
    /// <summary>Lines a division heading may gather (its name, a subtitle) before they are treated as plain text.</summary>
    private const int MaxCarry = 8;

    private readonly List<ProvisionDraft> drafts = [];
    private readonly List<string> carry = [];
    private readonly HierarchyPath hostPath = new();
    private readonly HierarchyPath quotedPath = new();

    /// <summary>Division headings since the last marker: they belong to the next provision, quoted or not.</summary>
    private readonly List<StructureHeading> pendingDivisions = [];
    private ProvisionDraft current = null!;
    private ProvisionDraft? host;
    private ArticleMarker? lastQuoted;
    private bool amendmentOpen;
    private string? zone;

    /// <summary>A zone whose numbers never start provisions (a court ruling printed after the law quotes its articles).</summary>
    private bool closedZone;

    /// <summary>True in a database page's front matter, whose summaries name articles ("Artículo 5:") before the law begins.</summary>
    private bool frontMatter;

    /// <summary>True after a "prior wording" heading: the numbers that follow, equal to the host's, are its earlier wordings.</summary>
    private bool priorWordingOpen;

    public List<ProvisionDraft> Walk()
    {
        current = Add(new ProvisionDraft(ProvisionKinds.Preamble, "preamble", null, []));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (markers.TryGetValue(i, out var marker) && !frontMatter && !NoteRecognizer.IsNoteLine(line.Text) && StartsProvision(marker)) continue;
            if (host is not null && NotePatterns.Judgments.IsMatch(line.Text)) StartZone(ProvisionKinds.Annex, line, closed: true);
            else if (host is not null && !closedZone && ZoneHeading.Recognize(line.Text) is { } kind) StartZone(kind, line);
            else if (host is not null && ZoneHeading.StartsPreamble(line.Text)) StartZone(ProvisionKinds.Preamble, line);
            else if (!frontMatter && StructureHeading.Recognize(line.Text) is { } heading) OpenDivision(heading, line);
            else AddText(line);
        }
        FlushCarry();
        return drafts;
    }

    /// <summary>Starts a provision at the marker unless the sequence says it is a reference, a transitory article or noise.</summary>
    private bool StartsProvision(ArticleMarker marker)
    {
        if (closedZone) return false;
        if (priorWordingOpen && host?.Marker is { } shown && marker.Key.Equals(shown.Key))
        {
            current = Add(new ProvisionDraft(ProvisionKinds.Article, marker.Number, marker, host.Path) { PriorWordingOf = host });
            current.Lines.Add(lines[marker.Line].Text);
            return true;
        }
        if (RoleOf(marker) is not { } quoted) return false;
        priorWordingOpen = false;
        foreach (var division in pendingDivisions) (quoted ? quotedPath : hostPath).Open(division);
        pendingDivisions.Clear();
        var draft = DraftFor(marker, quoted);
        current = Add(draft);
        if (quoted) lastQuoted = marker;
        else
        {
            host = draft;
            quotedPath.Clear();
            lastQuoted = null;
        }
        if (AmendmentClause.EndsWithColon(lines[marker.Line].Text)) CheckAmendment(lines[marker.Line].Text);
        return true;
    }

    /// <summary>Null when the marker starts nothing; true when it starts a quoted provision; false for the statute's own.</summary>
    private bool? RoleOf(ArticleMarker marker)
    {
        var next = host is not null && IsNextInSequence(marker, host.Marker!);
        if (zone is not null && (marker.Quoted || !next)) return null;
        if (amendmentOpen && !next && !marker.Quoted && GoesBack(marker) && (marker.Style != MarkerStyle.Label || InOrder(marker))) amendmentOpen = false;
        var quoted = marker.Quoted || (amendmentOpen && !next);
        if (quoted) return true;
        if (marker.Style == MarkerStyle.Label && !InOrder(marker)) return null;
        amendmentOpen = false;
        zone = null;
        return false;
    }

    private ProvisionDraft DraftFor(ArticleMarker marker, bool quoted)
    {
        var path = quoted && host is not null ? [.. host.Path, HostLabel(host), .. quotedPath.Labels] : hostPath.Labels;
        var draft = new ProvisionDraft(ProvisionKinds.Article, marker.Number, marker, path) { Host = quoted ? host : null };
        var note = TakeNote(marker);
        draft.DivisionLines.AddRange(carry);
        carry.Clear();
        if (note is not null)
        {
            draft.Note = note;
            draft.Lines.Add(note);
        }
        draft.MarkerOffset = draft.Lines.Count;
        draft.Lines.Add(lines[marker.Line].Text);
        return draft;
    }

    /// <summary>A marginal note written just above the marker (bills, Canadian XML, Brazilian codes) moves into the provision.</summary>
    private string? TakeNote(ArticleMarker marker)
    {
        if (marker.Style == MarkerStyle.Section || (marker.Style == MarkerStyle.Keyword && !NotesAboveKeywordMarkers)) return null;
        var source = carry.Count > 0 ? carry : current.Lines;
        if (source.Count == 0 || (ReferenceEquals(source, current.Lines) && current.Lines.Count <= current.MarkerOffset + 1)) return null;
        if (!MarginalNote.IsNote(lines[marker.Line - 1], source[^1], marker.Style == MarkerStyle.Label)) return null;
        var note = source[^1];
        source.RemoveAt(source.Count - 1);
        return note;
    }

    private bool NotesAboveKeywordMarkers => LanguageRegistry.Find(language)?.Segmentation.NotesAboveKeywordMarkers == true;

    /// <summary>Quoted articles follow one another upwards; a number going back means the quotation has ended.</summary>
    private bool GoesBack(ArticleMarker marker) => lastQuoted is not null && marker.Key.CompareTo(lastQuoted.Key) <= 0;

    private static bool IsNextInSequence(ArticleMarker marker, ArticleMarker previous) =>
        marker.Style == previous.Style && marker.Key.CompareTo(previous.Key) > 0 && marker.Key.Base <= previous.Key.Base + 3;

    private bool InOrder(ArticleMarker marker)
    {
        if (host?.Marker is not { } previous) return marker.Key.Base is >= 0 and <= 3;
        return marker.Key.CompareTo(previous.Key) > 0 && marker.Key.Base <= previous.Key.Base + 3;
    }

    /// <summary>The amending provision as a path element: "Artículo 1", "Art. 268", "§ 1030", "Section 3".</summary>
    private static string HostLabel(ProvisionDraft draft)
    {
        var keyword = draft.Marker!.Keyword;
        return keyword.Length == 0 ? $"{LanguageVocabulary.BareNumberWord} {draft.Number}" : $"{keyword} {draft.Number}";
    }

    private void StartZone(string kind, SegmentLine line, bool closed = false)
    {
        FlushCarry();
        zone = kind == ProvisionKinds.Preamble ? null : kind;
        closedZone = closed;
        amendmentOpen = false;
        priorWordingOpen = false;
        current = Add(new ProvisionDraft(kind, kind, null, []));
        current.Lines.Add(line.Text);
    }

    private void OpenDivision(StructureHeading heading, SegmentLine line)
    {
        if (zone is null) pendingDivisions.Add(heading);
        else hostPath.Open(heading);
        if (zone is not null)
        {
            current.Lines.Add(line.Text);
            return;
        }
        FlushCarryIfLong();
        carry.Add(line.Text);
    }

    private void AddText(SegmentLine line)
    {
        if (host is null && NotePatterns.FrontMatter.IsMatch(line.Text)) frontMatter = true;
        else if (frontMatter && NotePatterns.FrontMatterEnd.IsMatch(line.Text)) frontMatter = false;
        if (carry.Count > 0)
        {
            carry.Add(line.Text);
            FlushCarryIfLong();
            return;
        }
        current.Lines.Add(line.Text);
        if (current.Kind == ProvisionKinds.Article && NotePatterns.PriorWordings.IsMatch(line.Text)) priorWordingOpen = true;
        if (current.Kind == ProvisionKinds.Article && AmendmentClause.EndsWithColon(line.Text)) CheckAmendment(line.Text);
    }

    /// <summary>
    /// US Code sections quote amended text only in their notes, never as "§" lines of their own, so a clause there
    /// opens nothing.
    /// </summary>
    private void CheckAmendment(string line)
    {
        if (current.Marker?.Style == MarkerStyle.Section) return;
        var from = Math.Max(current.MarkerOffset, current.Lines.Count - 6);
        var text = string.Join(' ', current.Lines.Skip(from));
        if (!AmendmentClause.Opens(line, text)) return;
        if (!amendmentOpen)
        {
            quotedPath.Clear();
            lastQuoted = null;
        }
        amendmentOpen = true;
        foreach (var division in AmendmentClause.NamedDivisions(text)) quotedPath.Open(division);
    }

    /// <summary>A division heading followed by more lines than a title has: plain text, or the chapter's table of contents.</summary>
    private void FlushCarryIfLong()
    {
        if (carry.Count <= MaxCarry) return;
        if (current.Kind != ProvisionKinds.Contents && TableOfContents.LooksLikeContents(carry))
        {
            current = Add(new ProvisionDraft(ProvisionKinds.Contents, ProvisionKinds.Contents, null, []));
        }
        FlushCarry();
    }

    private void FlushCarry()
    {
        current.Lines.AddRange(carry);
        carry.Clear();
    }

    private ProvisionDraft Add(ProvisionDraft draft)
    {
        drafts.Add(draft);
        return draft;
    }
}

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Separates a provision's operative text from the editorial apparatus printed with it (<see cref="NotePatterns"/>):
/// lines that are notes by themselves (DOF reform notes, SUIN "Corregido yerro…"), note paragraphs ("Nota: …" up to
/// the end of its sentence), note sections that run to the end of the provision (a US source credit and the Editorial
/// Notes after it, Lexis CONCORDANCIAS), and notes inside a line (Planalto "(Redação dada pela Lei …)").
/// The marker line itself always stays text.
/// </summary>
internal static class NoteRecognizer
{
    private enum Mode
    {
        Text,
        Paragraph,
        Section,
    }

    /// <summary>True when the line is a note by itself (so an article reference in it is not a marker).</summary>
    public static bool IsNoteLine(string line) => NotePatterns.Lines.IsMatch(line);

    public static void Separate(ProvisionDraft draft)
    {
        MoveNoteLines(draft.DivisionLines, draft.Notes);
        var text = new List<string>(draft.Lines.Count);
        var mode = Mode.Text;
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var isMarkerLine = draft.Marker is not null && i == draft.MarkerOffset;
            mode = isMarkerLine ? Mode.Text : Next(mode, line);
            if (mode == Mode.Text && !isMarkerLine && IsNoteLine(line)) draft.Notes.Add(line);
            else if (mode == Mode.Text) text.Add(line);
            else
            {
                draft.Notes.Add(line);
                if (mode == Mode.Paragraph && EndsSentence(line)) mode = Mode.Text;
            }
        }
        draft.Lines.Clear();
        draft.Lines.AddRange(WithoutInlineNotes(text, draft.Notes));
    }

    private static Mode Next(Mode mode, string line)
    {
        if (mode == Mode.Section) return Mode.Section;
        if (NotePatterns.Sections.IsMatch(line) || NotePatterns.PriorWordings.IsMatch(line)) return Mode.Section;
        if (mode == Mode.Paragraph) return Mode.Paragraph;
        return NotePatterns.Paragraphs.IsMatch(line) ? Mode.Paragraph : Mode.Text;
    }

    private static bool EndsSentence(string line) => line.TrimEnd().EndsWith('.') || line.TrimEnd().EndsWith(')');

    private static void MoveNoteLines(List<string> lines, List<string> notes)
    {
        notes.AddRange(lines.Where(IsNoteLine));
        lines.RemoveAll(IsNoteLine);
    }

    /// <summary>Inline notes may wrap over lines (PDF), so they are taken out of the joined text and the lines rebuilt.</summary>
    private static IEnumerable<string> WithoutInlineNotes(List<string> lines, List<string> notes)
    {
        var joined = string.Join('\n', lines);
        if (!NotePatterns.Inline.IsMatch(joined)) return lines;
        var inline = new List<string>();
        var remaining = NotePatterns.Inline.Replace(joined, match =>
        {
            inline.Add(match.Value.Trim().Replace('\n', ' '));
            return match.Value.Contains('\n') ? "\n" : "";
        });
        notes.InsertRange(0, inline);
        return remaining.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
    }
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Pages;

/// <summary>
/// Display-only reflow of provision text: PDF extraction keeps one line per visual line, so lines are joined into
/// paragraphs unless a line ends a sentence or clause (. : ;) or the next one starts a list item, subsection or article.
/// The stored text is not changed.
/// </summary>
public static partial class ParagraphLayout
{
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = "";
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (current.Length > 0 && (EndsClause().IsMatch(current) || StartsItem.IsMatch(line))) Flush();
            current = current.Length == 0 ? line : $"{current} {line}";
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current);
            current = "";
        }
    }

    [GeneratedRegex(@"[.:;]\s*[""”»)]?$")]
    private static partial Regex EndsClause();

    private static readonly Regex StartsItem = new(
        @"^(\(?[a-z0-9]{1,4}\)|[IVXLC]+\s*[-–.]|\d+[.)°º]\s|" + LanguageVocabulary.ParagraphOpenings + @"|[a-z]\)\s)", RegexOptions.Compiled);
}

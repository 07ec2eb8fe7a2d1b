using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Extraction.Markdown;

/// <summary>Markdown and plain text: headings and paragraphs (blank-line separated) as blocks; stray HTML tags dropped.</summary>
public sealed partial class MarkdownExtractor : IExtractor
{
    public bool CanExtract(SourceDocument document)
    {
        var extension = Path.GetExtension(document.LocalPath);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
    }

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var text = Html.HtmlDecoder.Decode(File.ReadAllBytes(document.LocalPath), document.ContentType);
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();

        void Flush()
        {
            var joined = TextNormalizer.Clean(string.Join(" ", paragraph));
            if (joined.Length > 0) blocks.Add(new TextBlock(joined));
            paragraph.Clear();
        }

        foreach (var rawLine in text.Split('\n'))
        {
            var line = HtmlTag().Replace(rawLine, "").TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new TextBlock(TextNormalizer.Clean(heading.Groups[1].Value), BlockKind.Heading));
                continue;
            }
            paragraph.Add(Emphasis().Replace(line.Trim(), ""));
        }
        Flush();
        if (blocks.Count == 0) throw new ExtractionException("text file is empty");
        return ExtractedDocument.FromBlocks(blocks);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*(\S.*?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__|(?<!\w)\*(?!\s))")]
    private static partial Regex Emphasis();
}

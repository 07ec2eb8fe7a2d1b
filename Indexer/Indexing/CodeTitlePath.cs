using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Indexing;

/// <summary>
/// A US Code file of one part or chapter prints its title ("TITLE 18—CRIMES AND CRIMINAL PROCEDURE") only as a running
/// head, which extraction removes; the law number ("18 U.S.C. Part I") still names it, so the path starts with it.
/// </summary>
public static partial class CodeTitlePath
{
    /// <summary>The word the Code's own division headings use ("Title 6 › Chapter 6" in the HTML renditions).</summary>
    private const string TitleWord = "Title";

    public static IReadOnlyList<Provision> Prefix(IReadOnlyList<Provision> provisions, StatuteMetadata metadata)
    {
        if (metadata.LawNumber is null || CodeTitle().Match(metadata.LawNumber) is not { Success: true } match) return provisions;
        var title = $"{TitleWord} {match.Groups["n"].Value}";
        return [.. provisions.Select(p => p.Path.Count > 0 && p.Path[0] == title ? p : p with { Path = [title, .. p.Path] })];
    }

    /// <summary>"18 U.S.C. Part I" → Title 18.</summary>
    [GeneratedRegex(@"^(?<n>\d+)\s+U\.S\.C\.")]
    private static partial Regex CodeTitle();
}

using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Extraction.Html;

/// <summary>
/// Rejoins rubrics that a converter split after a leading letter it took for a Roman numeral
/// ("I - nvasão de dispositivo informático", "Vi - olação de sepultura", "M - aus-tratos", "DI - SPOSIÇÕES FINAIS";
/// see the corpus QUIRKS).
/// Brazilian incisos look the same ("I - omitir declaração;"), so a block is rejoined only when the rejoined word is a
/// word of the document or the block reads as a rubric (a short title, not a list item ending in ";", ":" or ","),
/// and, after an initial that can number an inciso (I, V, X, L, C), only when the fragment is not a word itself.
/// </summary>
internal static partial class SplitInitialRepair
{
    private const int MaxRubricWords = 12;

    /// <returns>The blocks with split rubrics rejoined, and how many were.</returns>
    public static (IReadOnlyList<TextBlock> Blocks, int Repairs) Apply(IReadOnlyList<TextBlock> blocks)
    {
        var vocabulary = Vocabulary(blocks);
        var repairs = 0;
        var output = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (SplitInitial().Match(block.Text) is { Success: true } split && IsSplit(split, block.Text, vocabulary))
            {
                output.Add(block with { Text = split.Groups["initial"].Value + block.Text[split.Groups["fragment"].Index..] });
                repairs++;
                continue;
            }
            output.Add(block);
        }
        return (output, repairs);
    }

    /// <summary>
    /// An initial that cannot number an inciso (D, M, or mixed case such as "Vi") is a split when the rejoined word is a
    /// word of the document ("D - ano qualificado"); I, V, X, L and C only when the fragment is not a word itself.
    /// </summary>
    private static bool IsSplit(Match split, string text, HashSet<string> vocabulary)
    {
        var initial = split.Groups["initial"].Value;
        var fragment = split.Groups["fragment"].Value.ToLowerInvariant();
        var joined = (initial + fragment).ToLowerInvariant();
        var canNumberInciso = initial.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');
        if (canNumberInciso && vocabulary.Contains(fragment)) return false;
        return vocabulary.Contains(joined) || IsRubric(text);
    }

    private static bool IsRubric(string text) =>
        Words().Count(text) <= MaxRubricWords && text.TrimEnd()[^1] is not (';' or ':' or ',');

    /// <summary>Every letter run of the document, lower-cased, except the fragments right after a split initial.</summary>
    private static HashSet<string> Vocabulary(IReadOnlyList<TextBlock> blocks)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var text = block.Text;
            var skip = SplitInitial().Match(text) is { Success: true } split ? split.Groups["fragment"].Index : -1;
            foreach (Match word in Letters().Matches(text))
            {
                if (word.Index != skip) words.Add(word.Value.ToLowerInvariant());
            }
        }
        return words;
    }

    /// <summary>"Vi - olação …", or in capitals "DI - SPOSIÇÕES FINAIS".</summary>
    [GeneratedRegex(@"^(?:(?<initial>[IVXLCDM][ivxlcdm]?) - (?<fragment>\p{Ll}[\p{L}\p{M}]*)|(?<initial>[IVXLCDM]{1,2}) - (?<fragment>\p{Lu}[\p{Lu}\p{M}]+)(?!\p{Ll}))")]
    private static partial Regex SplitInitial();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}

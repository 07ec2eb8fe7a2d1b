using System.Text;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Classification;

/// <summary>
/// The form lexicon terms and texts are compared in (<see cref="ConceptLexicon.NormalizePhrase"/>): lower case, accents
/// folded, the typographic apostrophe as the typed one, other punctuation to spaces, single spaces.
/// <para>
/// <see cref="Whole"/> does it as written: lower-case the string, normalise it to form D, drop the combining marks,
/// back to form C, then split and join. For a text made only of Latin letters up to U+024F, the General Punctuation
/// block and the modifier apostrophe (nearly every provision), each character folds on its own — its canonical
/// decomposition is a base letter and combining marks, which are dropped, and none of these characters composes with
/// the one before it — so <see cref="Of"/> reads such a text once, character by character, through a table built
/// from <see cref="Whole"/> applied to each character alone. <see cref="Whole"/> on each provision's lead (two
/// normalisations through ICU and five strings) was 2.3–2.7 % of indexing's CPU. Other texts go through <see cref="Whole"/>.
/// </para>
/// </summary>
public static class PhraseFolding
{
    private const char LatinEnd = '\u0250';
    private const char PunctuationStart = '\u2000';
    private const char PunctuationEnd = '\u2070';
    private const char ModifierApostrophe = '\u02BC';

    /// <summary>Each character of the table's ranges as <see cref="Whole"/> folds it alone: "" for a mark or a space, one character or more otherwise.</summary>
    private static readonly string[] Latin = Table('\0', LatinEnd);
    private static readonly string[] Punctuation = Table(PunctuationStart, PunctuationEnd);
    private static readonly string Apostrophe = Whole(ModifierApostrophe.ToString());

    /// <summary>The folded form of <paramref name="text"/>, identical to <see cref="Whole"/>.</summary>
    public static string Of(string text)
    {
        if (!FoldsByCharacter(text)) return Whole(text);
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            foreach (var f in FoldedAlone(c))
            {
                if (f == ' ')
                {
                    space = folded.Length > 0;
                    continue;
                }
                if (space) folded.Append(' ');
                space = false;
                folded.Append(f);
            }
        }
        return folded.ToString();
    }

    /// <summary>True when every character of <paramref name="text"/> is in the ranges that fold one character at a time.</summary>
    public static bool FoldsByCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c >= LatinEnd && c != ModifierApostrophe && c is not (>= PunctuationStart and < PunctuationEnd)) return false;
        }
        return true;
    }

    /// <summary>The fold as defined, for any text.</summary>
    public static string Whole(string text)
    {
        var folded = ProvisionSlug.Fold(text.ToLowerInvariant().Replace('\u2019', '\'').Replace(ModifierApostrophe, '\''));
        var chars = folded.Select(c => char.IsLetterOrDigit(c) || c is '-' or '\'' ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string FoldedAlone(char c) => c < LatinEnd ? Latin[c] : c == ModifierApostrophe ? Apostrophe : Punctuation[c - PunctuationStart];

    /// <summary>
    /// A character alone, as <see cref="Whole"/> maps it before the split, with its separators kept as one space: what
    /// <see cref="Whole"/> gives a single character is its letters, or nothing when it is punctuation or a mark, so
    /// punctuation is told from a mark by folding it between two letters.
    /// </summary>
    private static string[] Table(char from, char to)
    {
        var table = new string[to - from];
        for (var c = from; c < to; c++)
        {
            var between = Whole($"a{c}a");
            table[c - from] = between.Length > 2 ? between[1..^1] : between == "a a" ? " " : "";
        }
        return table;
    }
}

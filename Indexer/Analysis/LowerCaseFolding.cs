using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Lower case exactly as Lucene's <see cref="LowerCaseFilter"/> (4.8), with a table for the Latin letters: Lucene.Net
/// lower-cases each code point through the invariant culture's <c>TextInfo</c> (a call into ICU per character), a tenth
/// of indexing time (dotnet-trace). From the first character past the table on, the token is left to Lucene's own
/// code, so every token comes out the same.
/// </summary>
public sealed class LowerCaseFolding : TokenFilter
{
    private readonly CharacterUtils characters = CharacterUtils.GetInstance(LuceneVersion.LUCENE_48);
    private readonly ICharTermAttribute term;

    public LowerCaseFolding(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        var length = term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= Latin.Length)
            {
                characters.ToLower(buffer, i, length - i);
                break;
            }
            buffer[i] = Latin[c];
        }
        return true;
    }

    /// <summary>
    /// The invariant lower case of every character below U+0250 (ASCII, Latin-1, Latin Extended-A and -B), as Lucene
    /// computes it: for a character that is not a surrogate it is <c>TextInfo.Invariant.ToLower</c>, i.e. <see cref="char.ToLowerInvariant"/>.
    /// </summary>
    private static readonly char[] Latin = [.. Enumerable.Range(0, 0x250).Select(c => char.ToLowerInvariant((char)c))];
}

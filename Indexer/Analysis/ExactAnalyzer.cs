using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// The folded, unstemmed field for quoted phrases: every word kept (no stop words), lower case, accents folded; with
/// <paramref name="markBoundaries"/> sentence and paragraph markers too (<see cref="TextBoundaries"/>); with
/// <paramref name="sharesText"/> (the index-time exact field, markers included) the provision text's tokens are shared
/// with its language field (<see cref="SharedTextFilter"/>).
/// </summary>
public sealed class ExactAnalyzer(bool markBoundaries = false, bool sharesText = false) : Analyzer
{
    private readonly bool marks = markBoundaries || sharesText;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        sharesText ? SharedTextFilter.Mark(reader) : marks ? TextBoundaries.Mark(reader) : reader;

    public override int GetPositionIncrementGap(string fieldName) => marks ? TextBoundaries.ValueGap : 0;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (sharesText)
        {
            var (shared, beginning) = SharedTextFilter.Prefix(reader);
            return new TokenStreamComponents(shared, new ASCIIFoldingFilter(beginning));
        }
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFolding(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

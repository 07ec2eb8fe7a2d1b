using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// The folded, unstemmed field for quoted phrases: every word kept (no stop words), lower case, accents folded; with
/// <paramref name="markBoundaries"/> sentence and paragraph markers too (<see cref="TextBoundaries"/>).
/// </summary>
public sealed class ExactAnalyzer(bool markBoundaries = false) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        markBoundaries ? TextBoundaries.Mark(reader) : reader;

    public override int GetPositionIncrementGap(string fieldName) => markBoundaries ? TextBoundaries.ValueGap : 0;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFolding(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Per-language chain: standard tokenizer → lower case → (elision) → legal-safe stop words → light stemmer → accent folding.
/// <paramref name="stopWords"/> defaults to the language's own list (<see cref="LegalStopWords.For"/>); with
/// <paramref name="markBoundaries"/> the indexed text carries sentence and paragraph markers (<see cref="TextBoundaries"/>).
/// </summary>
public sealed class LanguageAnalyzer(string language, CharArraySet? stopWords = null, bool markBoundaries = false) : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Language { get; } = language;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        markBoundaries ? TextBoundaries.Mark(reader) : reader;

    public override int GetPositionIncrementGap(string fieldName) => markBoundaries ? TextBoundaries.ValueGap : 0;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (Language == "fr")
        {
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        }
        stream = new StopFilter(Version, stream, stopWords ?? LegalStopWords.For(Language));
        stream = Language switch
        {
            "es" => new SpanishLightStemFilter(stream),
            "pt" => new PortugueseLightStemFilter(stream),
            "fr" => new FrenchLightStemFilter(stream),
            "en" => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream)),
            "nl" => new Lucene.Net.Analysis.Snowball.SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer()),
            _ => stream,
        };
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

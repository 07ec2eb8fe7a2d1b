using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Analysis;

/// <summary>
/// Per-language chain: standard tokenizer → lower case → (the language's step before stop words, e.g. elision) →
/// legal-safe stop words → the language's light stemmer → accent folding. The language's parts come from its
/// <see cref="LanguageDefinition"/>; a language without one is lower-cased, stop-word-free and folded only.
/// <paramref name="stopWords"/> defaults to the language's own list (<see cref="LegalStopWords.For"/>); with
/// <paramref name="markBoundaries"/> the indexed text carries sentence and paragraph markers (<see cref="TextBoundaries"/>);
/// with <paramref name="forQueries"/> the language's step for query words runs too (<see cref="LanguageDefinition.ForQueries"/>);
/// with <paramref name="sharesText"/> (the index-time text field, markers included) the provision text's tokens up to
/// the lower case are shared with the exact field (<see cref="SharedTextFilter"/>).
/// </summary>
public sealed class LanguageAnalyzer(string language, CharArraySet? stopWords = null, bool markBoundaries = false, bool forQueries = false, bool sharesText = false) : Analyzer
{
    private readonly bool marks = markBoundaries || sharesText;

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LanguageDefinition? definition = LanguageRegistry.Find(language);

    public string Language { get; } = language;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        sharesText ? SharedTextFilter.Mark(reader) : marks ? TextBoundaries.Mark(reader) : reader;

    public override int GetPositionIncrementGap(string fieldName) => marks ? TextBoundaries.ValueGap : 0;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (tokenizer, stream) = sharesText ? SharedTextFilter.Prefix(reader) : Unshared(reader);
        if (definition is not null) stream = definition.BeforeStopWords(stream);
        if (definition is not null && forQueries) stream = definition.ForQueries(stream);
        stream = new StopFilter(Version, stream, MatchedAsWritten(stopWords ?? LegalStopWords.For(Language)));
        if (definition is not null) stream = definition.Stem(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static (Tokenizer, TokenStream) Unshared(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return (tokenizer, new LowerCaseFolding(tokenizer));
    }

    /// <summary>
    /// The words of <paramref name="stopWords"/> as that set holds them (lower case), matched as written: the chain has
    /// lower-cased every token before its stop filter, and a set that ignores case lower-cases every character of every
    /// token again through the culture (J2N's <c>Character.ToLower</c> → <c>TextInfo</c>): 4 % of indexing time (dotnet-trace).
    /// The same tokens stop, since lower-casing a lower-cased character leaves it as it is (<c>SharedTextTests</c>).
    /// </summary>
    private static CharArraySet MatchedAsWritten(CharArraySet stopWords) => new(Version, stopWords, ignoreCase: false);
}

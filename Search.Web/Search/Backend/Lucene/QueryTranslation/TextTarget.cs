using Lucene.Net.Analysis;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Caching;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>
/// Where the words of a part are searched: bare words in the stemmed field of every allowed language; phrases,
/// prefixes and wildcards in the folded exact field; <c>heading:</c> and <c>notes:</c> in their own field.
/// </summary>
internal sealed record TextTarget(IReadOnlyList<string> WordFields, string ExactField)
{
    /// <summary>The one analyzer map of index and query time (query flavour: bare words drop every language's stop words).</summary>
    public static Analyzer Analyzer { get; } = AnalyzerFactory.CreatePerField(forQueries: true);

    public static TextTarget Provisions(IReadOnlyList<string> languages) => new([.. languages.Select(IndexFields.TextIn)], IndexFields.Exact);

    public static TextTarget Field(string field) => new([field], field);

    /// <summary>The per-field queries of one part as alternatives: null when no field had one, the query itself when one did.</summary>
    public static global::Lucene.Net.Search.Query? AnyOf(IEnumerable<global::Lucene.Net.Search.Query?> perField)
    {
        var queries = perField.OfType<global::Lucene.Net.Search.Query>().ToList();
        if (queries.Count <= 1) return queries.FirstOrDefault();
        var anyOf = new global::Lucene.Net.Search.BooleanQuery(disableCoord: true);
        foreach (var query in queries) anyOf.Add(query, global::Lucene.Net.Search.Occur.SHOULD);
        return anyOf;
    }

    /// <summary>At most this many (field, text) analyses are kept; past it all are dropped and analysed again.</summary>
    public const int Capacity = 8_192;

    /// <summary>
    /// Each part's terms by field and text: the analysis chain never changes, so a text gives the same terms every time,
    /// and queries repeat (a bare word is analysed for each language's field, a fifth of what parsing a query still cost
    /// once concepts and clauses were kept, perf, bench/README.md, ninth round).
    /// </summary>
    private static readonly BoundedCache<(string Field, string Text), (string Term, int Position)[]> Analyzed = new(Capacity);

    /// <summary>How many analyses are kept (tests).</summary>
    public static int KeptAnalyses => Analyzed.Count;

    /// <summary>The terms <paramref name="text"/> becomes in <paramref name="field"/>, with their positions (stop words leave gaps); kept (<see cref="Capacity"/>).</summary>
    public static IReadOnlyList<(string Term, int Position)> Analyze(string field, string text) =>
        Analyzed.GetOrAdd((field, text), 0, static (key, _) => AnalyzeAnew(key.Field, key.Text));

    /// <summary>What <see cref="Analyze"/> keeps: the analysis chain run on the text.</summary>
    internal static (string Term, int Position)[] AnalyzeAnew(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return [.. terms];
    }

    /// <summary>Lower case and accents folded like the exact field, for prefixes and wildcards (which are not analyzed).</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().ToCharArray();
        var folded = new char[lower.Length * 4];
        var length = global::Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }
}

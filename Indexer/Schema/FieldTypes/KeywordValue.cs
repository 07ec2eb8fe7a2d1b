using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// One unanalyzed value, indexed as the single term a <see cref="StringField"/> makes of it (documents only, no norms),
/// but through the writer's analyzer for its field, a <see cref="KeywordAnalyzer"/> (<see cref="Analyzer"/>), whose
/// token stream the writer reuses from document to document. A StringField builds a new token stream for every value
/// of every document, and its attributes under a process-wide lock: a tenth of indexing time (dotnet-trace).
/// </summary>
public static class KeywordValue
{
    private static readonly FieldType StoredType = Create(stored: true);
    private static readonly FieldType NotStoredType = Create(stored: false);

    public static Field Of(string name, string value, bool stored = true) => new(name, value, stored ? StoredType : NotStoredType);

    /// <summary>The index-time analyzer of a keyword field: the whole value as one term. Queries build their terms directly.</summary>
    public static IEnumerable<KeyValuePair<string, Analyzer>> Analyzer(string name, bool forQueries) =>
        forQueries ? [] : [new(name, new KeywordAnalyzer())];

    private static FieldType Create(bool stored)
    {
        var type = new FieldType(stored ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED) { IsTokenized = true };
        type.Freeze();
        return type;
    }
}

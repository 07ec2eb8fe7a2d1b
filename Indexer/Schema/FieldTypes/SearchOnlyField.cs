using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// A value indexed for search and not stored: one token when <paramref name="analyzer"/> is null (the article key),
/// else analyzed text with offsets (the folded exact field, <see cref="OffsetsText"/>).
/// </summary>
public sealed class SearchOnlyField(string name, Func<ProvisionSource, string> value, Func<Analyzer>? analyzer = null) : IProvisionField
{
    public string Name => name;

    public bool IsFacet => false;

    public void Write(Document document, ProvisionSource source) =>
        document.Add(analyzer is null
            ? KeywordValue.Of(name, value(source), stored: false)
            : OffsetsText.Of(name, value(source)));

    public IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => analyzer is null ? KeywordValue.Analyzer(name, forQueries) : [new(name, analyzer())];
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>A value indexed for search as one token and not stored (the article key); the folded exact field is an <see cref="ExactTextField"/>.</summary>
public sealed class SearchOnlyField(string name, Func<ProvisionSource, string> value) : IProvisionField
{
    public string Name => name;

    public bool IsFacet => false;

    public void Write(Document document, ProvisionSource source) => document.Add(KeywordValue.Of(name, value(source), stored: false));

    public IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => KeywordValue.Analyzer(name, forQueries);
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>Stored text, also searchable through its analyzer (title, heading).</summary>
public sealed class AnalyzedField(string name, Func<ProvisionSource, string?> value, Func<Analyzer> analyzer)
    : StoredFieldDefinition<string?>(name, value)
{
    public override string? Read(StoredProvision stored) => stored.Value(Name);

    public override IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => [new(Name, analyzer())];

    protected override void Add(Document document, string? value)
    {
        if (value is not null) document.Add(new TextField(Name, value, Field.Store.YES));
    }
}

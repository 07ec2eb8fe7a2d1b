using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>A yes/no value stored and filtered as "true" / "false".</summary>
public sealed class FlagField(string name, Func<ProvisionSource, bool> value) : StoredFieldDefinition<bool>(name, value)
{
    public override IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => KeywordValue.Analyzer(Name, forQueries);

    public override bool Read(StoredProvision stored) => stored.Value(Name) == "true";

    protected override void Add(Document document, bool value) => document.Add(KeywordValue.Of(Name, value ? "true" : "false"));
}

using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>Several stored, unanalyzed values (offence codes); optionally a facet.</summary>
public sealed class KeywordsField(string name, Func<ProvisionSource, IReadOnlyList<string>> values, bool facet = false)
    : StoredFieldDefinition<IReadOnlyList<string>>(name, values)
{
    public override bool IsFacet => facet;

    public override IReadOnlyList<string> Read(StoredProvision stored) => stored.Values(Name);

    protected override void Add(Document document, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            document.Add(new StringField(Name, value, Field.Store.YES));
            if (facet) AddFacet(document, value);
        }
    }
}

using System.Globalization;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>A stored 32-bit number, never searched (the ordinal of a provision in its statute).</summary>
public sealed class NumberField(string name, Func<ProvisionSource, int> value) : StoredFieldDefinition<int>(name, value)
{
    public override int Read(StoredProvision stored) =>
        int.TryParse(stored.Value(Name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : 0;

    protected override void Add(Document document, int value) => document.Add(new StoredField(Name, value));
}

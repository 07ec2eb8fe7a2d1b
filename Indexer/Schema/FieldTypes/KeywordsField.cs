using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>Several stored, unanalyzed values (offence codes, <see cref="KeywordValue"/>); optionally a facet.</summary>
public sealed class KeywordsField(string name, Func<ProvisionSource, IReadOnlyList<string>> values, bool facet = false)
    : StoredFieldDefinition<IReadOnlyList<string>>(name, values)
{
    public override bool IsFacet => facet;

    public override IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => KeywordValue.Analyzer(Name, forQueries);

    public override IReadOnlyList<string> Read(StoredProvision stored) => stored.Values(Name);

    protected override void Add(Document document, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            document.Add(KeywordValue.Of(Name, value));
            if (facet) AddFacet(document, value);
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// One stored, unanalyzed value (<see cref="KeywordValue"/>) for exact filters: ids, country, language, article;
/// optionally a facet, optionally copied into doc values (<paramref name="docValue"/>: read for every hit of a search's window).
/// </summary>
public sealed class KeywordField(string name, Func<ProvisionSource, string?> value, bool facet = false, bool docValue = false)
    : StoredFieldDefinition<string?>(name, value)
{
    public override bool IsFacet => facet;

    public override IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => KeywordValue.Analyzer(Name, forQueries);

    public override string? Read(StoredProvision stored) => stored.Value(Name);

    protected override void Add(Document document, string? value)
    {
        if (value is null) return;
        document.Add(KeywordValue.Of(Name, value));
        if (facet) AddFacet(document, value);
        if (docValue) AddDocValue(document, value);
    }
}

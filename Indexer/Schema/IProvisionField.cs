using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema;

/// <summary>
/// One field of the provision document, defined once (model: Examine's <c>IIndexFieldValueType</c>): its name, how a
/// provision's value is written into a Lucene document and which analyzer (from <see cref="Analysis.AnalyzerFactory"/>)
/// indexes it. Stored fields also say how the value reads back (<see cref="StoredFieldDefinition{T}"/>).
/// </summary>
public interface IProvisionField
{
    string Name { get; }

    /// <summary>Adds the provision's value(s) to the document; nothing when it has none.</summary>
    void Write(Document document, ProvisionSource source);

    /// <summary>Analyzer per Lucene field this definition writes (none for fields indexed as one token or only stored).</summary>
    IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries);

    /// <summary>True when its values are also counted as a facet (doc values under <see cref="IndexFields.FacetOf"/>).</summary>
    bool IsFacet { get; }
}

/// <summary>A field whose stored value reads back from a hit as <typeparamref name="T"/>.</summary>
public abstract class StoredFieldDefinition<T>(string name, Func<ProvisionSource, T> value) : IProvisionField
{
    public string Name => name;

    public virtual bool IsFacet => false;

    public void Write(Document document, ProvisionSource source) => Add(document, value(source));

    public abstract T Read(StoredProvision stored);

    public virtual IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => [];

    protected abstract void Add(Document document, T value);

    /// <summary>The per-hit copy in doc values (<see cref="IndexFields.ValueOf"/>).</summary>
    protected void AddDocValue(Document document, string value) =>
        document.Add(new SortedDocValuesField(IndexFields.ValueOf(Name), new Lucene.Net.Util.BytesRef(value)));

    /// <summary>Facet values live in doc values under the facet's own name (<see cref="IndexFields.FacetOf"/>).</summary>
    protected void AddFacet(Document document, string value) =>
        document.Add(new SortedSetDocValuesField(IndexFields.FacetOf(Name), new Lucene.Net.Util.BytesRef(value)));
}

using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace LegalSearch.Indexer.Schema;

/// <summary>
/// The stored values of one provision document by field name, in the order they were written: what a search backend
/// hands back for a hit. Typed values are read through the field definitions (<see cref="ProvisionSchema"/>),
/// e.g. <c>stored.Get(ProvisionSchema.Year)</c>, never by spelling the field here.
/// </summary>
public sealed class StoredProvision(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
{
    /// <summary>The first value of a field, or null when the document has none.</summary>
    public string? Value(string field) => values.TryGetValue(field, out var all) && all.Count > 0 ? all[0] : null;

    /// <summary>Every value of a multi-valued field, in the order written (empty when none).</summary>
    public IReadOnlyList<string> Values(string field) => values.TryGetValue(field, out var all) ? all : [];

    public T Get<T>(StoredFieldDefinition<T> field) => field.Read(this);

    /// <summary>The stored fields of a Lucene document (numbers in invariant culture).</summary>
    public static StoredProvision From(Document document) => new(ValuesOf(document));

    /// <summary>
    /// The values of document <paramref name="doc"/> (all, or only <paramref name="fields"/>): its stored fields and the
    /// texts kept in doc values (<see cref="ProvisionSchema.DocValueTexts"/>), which a segment written before them stores.
    /// </summary>
    public static StoredProvision Read(IndexReader reader, int doc, ISet<string>? fields = null)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var segment = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var values = ValuesOf(fields is null ? segment.Document(local) : segment.Document(local, fields));
        foreach (var text in ProvisionSchema.DocValueTexts)
        {
            if (fields is not null && !fields.Contains(text.Name) || values.ContainsKey(text.Name)) continue;
            if (text.ReadValue(segment, local) is { } value) values[text.Name] = [value];
        }
        return new StoredProvision(values);
    }

    private static Dictionary<string, IReadOnlyList<string>> ValuesOf(Document document)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in document.Fields)
        {
            var text = field.NumericType switch
            {
                NumericFieldType.INT32 => field.GetInt32Value()?.ToString(CultureInfo.InvariantCulture),
                NumericFieldType.INT64 => field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture),
                _ => field.GetStringValue(),
            };
            if (text is null) continue;
            if (!values.TryGetValue(field.Name, out var list)) values[field.Name] = list = new List<string>();
            ((List<string>)list).Add(text);
        }
        return values;
    }
}

using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// A value kept for display and never searched (the provision text as written, the path, the source URL):
/// <paramref name="format"/> turns it into the stored string (null: not stored), <paramref name="parse"/> reads it back.
/// </summary>
public sealed class StoredOnlyField<T>(string name, Func<ProvisionSource, T> value, Func<T, string?> format, Func<string?, T> parse)
    : StoredFieldDefinition<T>(name, value)
{
    public override T Read(StoredProvision stored) => parse(stored.Value(Name));

    protected override void Add(Document document, T value)
    {
        if (format(value) is { } text) document.Add(new StoredField(Name, text));
    }
}

/// <summary>Several stored, unsearched values (offence terms, corrections).</summary>
public sealed class StoredValuesField(string name, Func<ProvisionSource, IEnumerable<string>> values)
    : StoredFieldDefinition<IReadOnlyList<string>>(name, s => [.. values(s)])
{
    public override IReadOnlyList<string> Read(StoredProvision stored) => stored.Values(Name);

    protected override void Add(Document document, IReadOnlyList<string> values)
    {
        foreach (var value in values) document.Add(new StoredField(Name, value));
    }
}

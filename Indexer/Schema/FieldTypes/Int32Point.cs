using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// A 32-bit number indexed as a numeric point (the terms an <see cref="Int32Field"/> indexes), not stored. An
/// Int32Field builds a new <see cref="NumericTokenStream"/> for every value of every document, and its attributes under
/// a process-wide lock (7 % of indexing time, most of the writers' lock contention: dotnet-trace); this field hands the
/// writer one stream per thread, set to its value. The writer reads a field's stream to the end before it asks the
/// next field for its own, so one stream per thread serves every point of every document that thread writes.
/// </summary>
public sealed class Int32Point : Field
{
    [ThreadStatic] private static NumericTokenStream? stream;

    private readonly int value;

    public Int32Point(string name, int value) : base(name, Int32Field.TYPE_NOT_STORED)
    {
        this.value = value;
        FieldsData = value;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer) =>
        (stream ??= new NumericTokenStream(FieldType.NumericPrecisionStep)).SetInt32Value(value);
}

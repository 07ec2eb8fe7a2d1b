using Lucene.Net.Documents;
using Lucene.Net.Index;
using LegalSearch.Indexer.Analysis;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// Analyzed, not stored, with the character offsets of every word in the postings: a snippet marks a hit's words
/// from the index (positions and offsets of the query's terms in that document) instead of re-analysing its text.
/// </summary>
public static class OffsetsText
{
    public static FieldType Type { get; } = Create();

    public static Field Of(string name, string value) => new(name, value, Type);

    /// <summary>A value ending with the provision text (<see cref="TextValueReader"/>), whose index-time analyzers share the text's tokens.</summary>
    public static Field Of(string name, TextValueReader value) => new(name, value, Type);

    private static FieldType Create()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using LegalSearch.Indexer.Analysis;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// The folded exact field of the provision: a value ending with the provision text, indexed with offsets and not stored
/// (<see cref="OffsetsText"/>). <paramref name="value"/> gives the value and the text it ends with; written as a
/// <see cref="TextValueReader"/>, so the index-time analyzer shares the text's tokens with the language field (<see cref="SharedTextFilter"/>).
/// </summary>
public sealed class ExactTextField(string name, Func<ProvisionSource, (string Value, string Text)> value) : IProvisionField
{
    public string Name => name;

    public bool IsFacet => false;

    public void Write(Document document, ProvisionSource source)
    {
        var (whole, text) = value(source);
        document.Add(OffsetsText.Of(name, new TextValueReader(whole, text)));
    }

    public IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => [new(name, AnalyzerFactory.ExactText(forQueries))];
}

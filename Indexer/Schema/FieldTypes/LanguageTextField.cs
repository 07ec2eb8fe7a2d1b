using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// The provision's words analyzed in its own language, not stored, with offsets (<see cref="OffsetsText"/>): one field per language (<see cref="IndexFields.TextIn"/>),
/// holding the provision <paramref name="text"/> and then the values of <paramref name="after"/>; English analysis for a language without an analyzer.
/// Queries drop every language's stop words (<see cref="AnalyzerFactory.ForQueryWords"/>); the text carries sentence
/// and paragraph markers (<see cref="TextBoundaries"/>), and its tokens up to the lower case are shared with the exact field (<see cref="SharedTextFilter"/>).
/// </summary>
public sealed class LanguageTextField(Func<ProvisionSource, string> text, Func<ProvisionSource, IEnumerable<string?>> after) : IProvisionField
{
    public string Name => IndexFields.TextIn("{language}");

    public bool IsFacet => false;

    public void Write(Document document, ProvisionSource source)
    {
        var language = source.Statute.Language;
        var field = IndexFields.TextIn(IndexFields.Languages.Contains(language) ? language : LanguageRegistry.Fallback);
        var value = text(source);
        document.Add(OffsetsText.Of(field, new TextValueReader(value, value)));
        foreach (var more in after(source))
        {
            if (more is not null) document.Add(OffsetsText.Of(field, more));
        }
    }

    public IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) =>
        IndexFields.Languages.Select(language => new KeyValuePair<string, Analyzer>(
            IndexFields.TextIn(language), AnalyzerFactory.ForLanguageText(language, forQueries)));
}

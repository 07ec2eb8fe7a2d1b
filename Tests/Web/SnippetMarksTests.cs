using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// Snippets mark words from the offsets in the index (<see cref="IndexedMarks"/>) instead of re-analysing each hit:
/// on the shared-corpus index, for words, phrases, proximity, same-sentence and prefix queries, the words marked in
/// every top hit's text are exactly those Lucene's highlighter (QueryScorer, span-aware) marks re-analysing the whole
/// text with the field's analyzer, in the provision's language field and in the exact field.
/// </summary>
public sealed class SnippetMarksTests
{
    private CorpusReader corpus = null!;
    private readonly Lucene.Net.Analysis.Analyzer analyzer = AnalyzerFactory.CreatePerField();

    [OneTimeSetUp]
    public void Open() => corpus = new CorpusReader();

    [OneTimeTearDown]
    public void Close()
    {
        corpus.Dispose();
        analyzer.Dispose();
    }

    [TestCase("acceso abusivo")]
    [TestCase("\"acceso a la información pública\"")]
    [TestCase("\"acceso sistema\"~5")]
    [TestCase("\"computer access\"~5")]
    [TestCase("datos NEAR/3 personales")]
    [TestCase("acceso /s sistema")]
    [TestCase("informát*")]
    [TestCase("dados pessoais")]
    [TestCase("interception of communications")]
    public void Marks_from_the_index_are_the_words_the_highlighter_marks(string query)
    {
        var searcher = new IndexSearcher(corpus.Reader);
        var parsed = new SearchQueryParser().Parse(query, []);
        var snippets = new SnippetQuery(searcher, parsed.Query);
        var compared = 0;
        foreach (var hit in searcher.Search(parsed.Query, 10).ScoreDocs)
        {
            var stored = StoredProvision.Read(searcher.IndexReader, hit.Doc);
            var text = stored.Get(ProvisionSchema.Text);
            foreach (var field in new[] { IndexFields.TextIn(stored.Get(ProvisionSchema.Language) ?? ""), IndexFields.Exact })
            {
                var start = field == IndexFields.Exact ? ProvisionSchema.ExactTextStart(stored.Get(ProvisionSchema.Heading), stored.Get(ProvisionSchema.Divisions)) : 0;
                var leaves = snippets.For(field, hit.Doc);
                var fromIndex = leaves is null ? [] : snippets.Marks.Find(leaves, field, hit.Doc, start, text.Length);
                Assert.That(fromIndex, Is.Not.Null, $"{query}: {field} of doc {hit.Doc} has offsets in the index");
                var expected = Highlighted(parsed.Query, field, text);
                Assert.That(fromIndex!.Select(m => (m.Start, m.End)).Distinct().Order(), Is.EqualTo(expected),
                    $"{query} in {field} of {stored.Get(ProvisionSchema.Id)}");
                compared += expected.Count;
            }
        }
        TestContext.Progress.WriteLine($"{query}: {compared} marks compared");
        Assert.That(compared, Is.GreaterThan(0), "some words were marked");
    }

    /// <summary>The character ranges Lucene's highlighter marks in the whole text (no fragments, no length limit).</summary>
    private List<(int, int)> Highlighted(Query query, string field, string text)
    {
        var recorder = new MarkRecorder();
        var highlighter = new Highlighter(recorder, new QueryScorer(query, field)) { TextFragmenter = new NullFragmenter(), MaxDocCharsToAnalyze = text.Length + 1 };
        using var tokens = analyzer.GetTokenStream(field, text);
        highlighter.GetBestFragment(tokens, text);
        return [.. recorder.Marks.Distinct().Order()];
    }

    private sealed class MarkRecorder : IFormatter
    {
        public List<(int, int)> Marks { get; } = [];

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0) Marks.Add((tokenGroup.StartOffset, tokenGroup.EndOffset));
            return originalText;
        }
    }
}

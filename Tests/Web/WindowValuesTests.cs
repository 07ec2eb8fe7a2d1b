using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Web;

/// <summary>
/// The ranking window's values looked up in each segment's <see cref="WindowColumns"/> are what the document's own doc
/// values and stored fields give (country, language, edition key, edition), for every document of the corpus index
/// and of a small index after a refresh that deleted and added documents; the refresh builds columns only for the new
/// segments.
/// </summary>
public sealed class WindowValuesTests
{
    [Test]
    public void Every_corpus_document_has_the_values_its_doc_values_and_stored_fields_give()
    {
        using var corpus = new CorpusReader();
        var checkedDocuments = AssertWindowValues(corpus.Reader);

        var columns = corpus.Reader.Leaves.Select(l => WindowColumns.Of(l.AtomicReader)!).ToList();
        var bytes = columns.Sum(c => Bytes(c.Values));
        var facetBytes = corpus.Reader.Leaves.Sum(l => Bytes(FacetLabels.Of(l.AtomicReader).Values.SelectMany(v => v)));
        TestContext.Progress.WriteLine(
            $"window columns: {bytes:N0} bytes, facet labels {facetBytes:N0} bytes, over {columns.Count} segments for {checkedDocuments:N0} documents " +
            $"({(double)(bytes + facetBytes) / checkedDocuments:F1} bytes per provision)");
        Assert.That(checkedDocuments, Is.EqualTo(corpus.Reader.NumDocs));
        Assert.That(columns.Select(c => c.Law.Values.Count(l => l is not null)), Has.Some.GreaterThan(0), "some law numbers fold");
    }

    [Test]
    public void After_a_refresh_deleted_and_added_documents_have_their_values_and_surviving_segments_keep_their_columns()
    {
        var corpus = SmallCorpus.Create(SmallCorpus.SomeSharedFiles[1]);
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var indexing = new IndexingService();
        IndexRun Run() => indexing.Run(new IndexRunRequest(index, LocalSourceScanner.Scan([corpus])) { Ocr = false });
        Run();
        using var searchers = new SearcherProvider(index);
        var before = searchers.Use(searcher => Columns(searcher.IndexReader));
        var articlesBefore = searchers.Use(searcher => Articles(searcher.IndexReader));

        var french = Path.Combine(corpus, "samples", "fr", "loi-exemple-cybercriminalite-2025.xml");
        File.WriteAllText(french, File.ReadAllText(french).Replace(
            "  </Chapitre>",
            "    <Article><Texte>Article 3 bis. Article ajouté pour le test. Le texte ne compte pas.</Texte></Article>\n  </Chapitre>",
            StringComparison.Ordinal));
        File.Delete(Path.Combine(corpus, "samples", "it", "legge-esempio-2025-reati-informatici.md"));
        var second = Run();
        Assert.That(searchers.Refresh(), Is.Not.Null, "the refresh opened the new commit");
        Assert.That(second.Counts.Unchanged, Is.GreaterThan(0), "some statutes were left as they were");

        var (checkedDocuments, after, articlesAfter) = searchers.Use(searcher =>
            (AssertWindowValues(searcher.IndexReader), Columns(searcher.IndexReader), Articles(searcher.IndexReader)));
        Assert.That(checkedDocuments, Is.GreaterThan(0));
        Assert.That(articlesAfter.Except(articlesBefore), Does.Contain(("fr", "3 bis")), "the added article");
        Assert.That(articlesBefore.Except(articlesAfter).Select(a => a.Language).Distinct(), Is.EqualTo(new[] { "it" }), "the deleted statute's articles");
        var kept = after.Keys.Intersect(before.Keys).ToList();
        Assert.That(kept, Is.Not.Empty, "some segments survived the refresh");
        Assert.That(kept.Select(core => ReferenceEquals(after[core], before[core])), Is.All.True, "a surviving segment's columns are not built again");
        Assert.That(after.Keys.Except(before.Keys), Is.Not.Empty, "the changed statute went to a new segment");
    }

    /// <summary>Checks every live document of <paramref name="reader"/>; returns how many.</summary>
    private static int AssertWindowValues(IndexReader reader)
    {
        var window = new WindowValues(new IndexSearcher(reader));
        var mismatches = new List<string>();
        var count = 0;
        foreach (var (leaf, local) in LiveDocuments.Of(reader))
        {
            count++;
            var segment = leaf.AtomicReader;
            var actual = Values(window.Of(leaf.DocBase + local));
            var fromDocValues = Values(WindowDocument.From(FromDocValues(segment, local)));
            var fromStored = Values(WindowDocument.From(StoredProvision.From(segment.Document(local, WindowValues.StoredFields))));
            if (actual != fromDocValues || actual != fromStored) mismatches.Add($"{actual} / doc values {fromDocValues} / stored {fromStored}");
        }
        Assert.That(mismatches, Is.Empty);
        return count;
    }

    private static (string Country, string Language, string Key, Edition Edition) Values(WindowDocument document) =>
        (document.Country, document.Language, document.Key, document.Edition);

    /// <summary>The window's fields decoded from the document's doc values, one look-up each.</summary>
    private static StoredProvision FromDocValues(AtomicReader segment, int local)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in WindowValues.StoredFields)
        {
            if (segment.GetSortedDocValues(IndexFields.ValueOf(field)) is not { } column) continue;
            var ord = column.GetOrd(local);
            if (ord < 0) continue;
            var bytes = new BytesRef();
            column.LookupOrd(ord, bytes);
            values[field] = [bytes.Utf8ToString()];
        }
        return new StoredProvision(values);
    }

    private static Dictionary<object, WindowColumns> Columns(IndexReader reader) =>
        reader.Leaves.ToDictionary(l => l.AtomicReader.CoreCacheKey, l => WindowColumns.Of(l.AtomicReader)!);

    /// <summary>Every live document's (language, article number), from stored fields.</summary>
    private static HashSet<(string Language, string Article)> Articles(IndexReader reader)
    {
        var fields = new HashSet<string> { ProvisionSchema.Language.Name, ProvisionSchema.Article.Name };
        var live = MultiFields.GetLiveDocs(reader);
        return [.. Enumerable.Range(0, reader.MaxDoc).Where(d => live is null || live.Get(d))
            .Select(d => StoredProvision.From(reader.Document(d, fields)))
            .Select(p => (p.Get(ProvisionSchema.Language) ?? "", p.Get(ProvisionSchema.Article) ?? ""))];
    }

    /// <summary>What a segment's tables hold, about: each array slot, and each string's object (header and UTF-16 characters).</summary>
    private static long Bytes(IEnumerable<object?> values) =>
        values.Sum(v => 8L + (v is string s ? 22 + 2L * s.Length : 0));
}

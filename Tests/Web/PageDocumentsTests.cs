using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Html;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using System.Text;

namespace LegalSearch.Tests.Web;

/// <summary>
/// A page of hits is read in document order (<see cref="PageDocuments"/>): whether a hit has a term, a span leaf's
/// matches and a translated clause's match are read for all the page's documents of a segment in one pass. On the
/// corpus index, for every query of the retrieval tuning set (translated as the site translates it), each top-ten hit,
/// taken in rank order, gets the same snippet leaves, marks and "matched via" as when it is read alone with enumerators
/// of its own (the reading before), and the snippet built from its marks equals the previous fragment algorithm's.
/// </summary>
public sealed class PageDocumentsTests
{
    private CorpusReader corpus = null!;
    private CorpusServices services = null!;

    [OneTimeSetUp]
    public void Open()
    {
        corpus = new CorpusReader();
        services = new CorpusServices();
    }

    [OneTimeTearDown]
    public void Close()
    {
        corpus.Dispose();
        services.Dispose();
    }

    [Test]
    public void A_page_read_in_document_order_tells_each_hit_what_it_alone_is_told()
    {
        var parser = new SearchQueryParser();
        var searcher = new IndexSearcher(corpus.Reader);
        int marks = 0, snippets = 0, matchedVia = 0, backwards = 0;
        foreach (var query in EvaluationSet.Load().Select(q => q.Query))
        {
            var request = new SearchRequest(query, [], [], [], [], 1, SearchRequest.DefaultSize);
            var translation = services.Search.Translate(request);
            var parsed = parser.Parse(request.Tree, [], true, translation.Clauses, translation.SourceLanguage);
            var shared = new SharedTermStates(searcher);
            var hits = searcher.Search(shared.Apply(parsed.Query), 10).ScoreDocs;
            var page = new PageDocuments(searcher.IndexReader, hits.Select(h => h.Doc));
            var together = new SnippetQuery(searcher, parsed.Query, shared, page);
            var matches = new TranslationMatches(searcher, parsed.Translations, shared, page);
            backwards += hits.Zip(hits.Skip(1)).Count(p => p.First.Doc > p.Second.Doc && SegmentOf(p.First.Doc) == SegmentOf(p.Second.Doc));
            foreach (var hit in hits)
            {
                var stored = StoredProvision.Read(searcher.IndexReader, hit.Doc);
                var text = stored.Get(ProvisionSchema.Text) ?? "";
                var language = stored.Get(ProvisionSchema.Language) ?? "";
                var alone = new SnippetQuery(searcher, parsed.Query, new SharedTermStates(searcher));
                foreach (var field in new[] { IndexFields.TextIn(language), IndexFields.Exact })
                {
                    var leaves = together.For(field, hit.Doc);
                    Assert.That(leaves, Is.EqualTo(alone.For(field, hit.Doc)), $"{query}: leaves of {field} in doc {hit.Doc}");
                    if (leaves is null) continue;
                    var start = field == IndexFields.Exact ? ProvisionSchema.ExactTextStart(stored.Get(ProvisionSchema.Heading), stored.Get(ProvisionSchema.Divisions)) : 0;
                    var found = together.Marks.Find(leaves, field, hit.Doc, start, text.Length);
                    Assert.That(found, Is.EqualTo(alone.Marks.Find(leaves, field, hit.Doc, start, text.Length)), $"{query}: marks of {field} in doc {hit.Doc}");
                    if (found is null) continue;
                    var snippet = SnippetFragments.Build(text, found);
                    Assert.That(snippet, Is.EqualTo(PreviousFragments.Build(text, found)), $"{query}: snippet of {field} in doc {hit.Doc}");
                    marks += found.Count;
                    snippets += snippet is null ? 0 : 1;
                }
                var via = matches.Of(hit.Doc, language);
                Assert.That(via, Is.EqualTo(new TranslationMatches(searcher, parsed.Translations, shared).Of(hit.Doc, language)), $"{query}: matched via of doc {hit.Doc}");
                matchedVia += via.Count;
            }
        }
        TestContext.Progress.WriteLine($"{marks} marks, {snippets} snippets, {matchedVia} matched translations compared; {backwards} times a hit came after a later document of its segment");
        Assert.That(marks, Is.GreaterThan(1_000));
        Assert.That(matchedVia, Is.GreaterThan(100), "translated clauses matched");
        Assert.That(backwards, Is.GreaterThan(10), "pages whose hits go back in a segment's document order");
        int SegmentOf(int doc) => Lucene.Net.Index.ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves);
    }

    /// <summary>The fragments as they were built before (LINQ ordering, grouping and sums; the word boundaries, unchanged, are the class's), kept as the reference.</summary>
    private static class PreviousFragments
    {
        private const int FragmentSize = SnippetFragments.FragmentSize;
        private const int MaxFragments = SnippetFragments.MaxFragments;

        /// <summary>The snippet, or null when there is no mark.</summary>
        public static string? Build(ReadOnlySpan<char> text, IReadOnlyList<IndexedMarks.Mark> found)
        {
            var marks = Distinct(found);
            if (marks.Count == 0) return null;
            var fragments = new List<Fragment>();
            var previousEnd = 0;
            for (var i = 0; i < marks.Count;)
            {
                var first = marks[i];
                var last = i;
                while (last + 1 < marks.Count && marks[last + 1].End - first.Start <= FragmentSize) last++;
                var lead = Math.Max(0, FragmentSize - (marks[last].End - first.Start)) / 3;
                var start = SnippetFragments.StartAt(text, Math.Max(previousEnd, first.Start - lead), first.Start);
                var end = SnippetFragments.EndAt(text, Math.Max(marks[last].End, Math.Min(text.Length, start + FragmentSize)), marks[last].End);
                while (last + 1 < marks.Count && marks[last + 1].End <= end) last++;
                fragments.Add(new Fragment(start, end, marks.GetRange(i, last - i + 1)));
                previousEnd = end;
                i = last + 1;
            }
            var html = new StringBuilder("… ");
            var leading = true;
            foreach (var fragment in fragments.OrderByDescending(f => f.Score).ThenBy(f => f.Start).Take(MaxFragments))
            {
                if (!leading) html.Append(" … ");
                fragment.Render(html, text);
                leading = false;
            }
            return html.Append(" …").ToString();
        }

        /// <summary>Marks by position, a word marked by several leaves once.</summary>
        private static List<IndexedMarks.Mark> Distinct(IReadOnlyList<IndexedMarks.Mark> found)
        {
            var marks = new List<IndexedMarks.Mark>(found.Count);
            foreach (var mark in found.OrderBy(m => m.Start).ThenByDescending(m => m.End))
            {
                if (marks.Count > 0 && mark.Start < marks[^1].End) continue;
                marks.Add(mark);
            }
            return marks;
        }

        private sealed record Fragment(int Start, int End, List<IndexedMarks.Mark> Marks)
        {
            public float Score { get; } = Marks.GroupBy(m => m.Term, StringComparer.Ordinal).Sum(g => g.Max(m => m.Weight));

            public void Render(StringBuilder html, ReadOnlySpan<char> text)
            {
                var at = Start;
                foreach (var mark in Marks)
                {
                    html.AppendEncoded(text[at..mark.Start]).Append("<mark>").AppendEncoded(text[mark.Start..mark.End]).Append("</mark>");
                    at = mark.End;
                }
                html.AppendEncoded(text[at..End]);
            }
        }
    }
}

using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Indexing.Runs;
using LegalSearch.Indexer.Sources;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;

namespace LegalSearch.Tests.Web;

/// <summary>The searchers reopen — and "Index reopened" is logged — only when a new commit became visible.</summary>
public sealed class SearcherRefreshTests
{
    [Test]
    public void Refresh_reports_a_new_commit_only_when_one_was_written()
    {
        var corpus = SmallCorpus.Create();
        var index = Path.Combine(Path.GetDirectoryName(corpus)!, "index");
        var indexing = new IndexingService();
        IndexRun Run() => indexing.Run(new IndexRunRequest(index, LocalSourceScanner.Scan([corpus])) { Ocr = false });
        var first = Run();
        using var searchers = new SearcherProvider(index);

        var idle = new[] { searchers.Refresh(), searchers.Refresh() };
        var unchangedRun = Run();
        var afterUnchangedRun = searchers.Refresh();
        File.Delete(Path.Combine(corpus, "samples", "fr", "loi-exemple-cybercriminalite-2025.xml"));
        var removingRun = Run();
        var afterRemovingRun = searchers.Refresh();
        var again = searchers.Refresh();

        Assert.That(searchers.Served().RunId, Is.EqualTo(removingRun.Id));
        Assert.That(idle, Is.All.Null, "nothing new: no reopening");
        Assert.That(unchangedRun.Counts.Unchanged, Is.EqualTo(SmallCorpus.Samples));
        Assert.That(afterUnchangedRun, Is.Null, "a run that changed nothing wrote no commit");
        Assert.That(afterRemovingRun, Is.Not.Null);
        Assert.That(afterRemovingRun!.RunId, Is.EqualTo(removingRun.Id));
        Assert.That(afterRemovingRun.IsLatest, Is.True);
        Assert.That(again, Is.Null);
        Assert.That(first.Id, Is.Not.EqualTo(removingRun.Id));
    }
}

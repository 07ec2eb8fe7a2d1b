using LegalSearch.Tests.Support;
using LegalSearch.Web.Index;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Web.Search.Backend.Lucene;
using Microsoft.Extensions.DependencyInjection;

namespace LegalSearch.Tests.Web;

/// <summary>
/// What a new reader computes once (the statute catalog) is done when the searcher opens or refreshes, so the first
/// search after a reindex does not wait for a scan of every stored document.
/// </summary>
public sealed class SearcherWarmupTests
{
    [Test]
    public void The_opened_searcher_and_each_refreshed_one_have_their_catalog_before_any_search_asks()
    {
        var corpus = new ReindexedCorpus();
        using var services = new ServiceCollection().AddLogging().AddLuceneSearchBackend(_ => corpus.Index).BuildServiceProvider();
        var searchers = services.GetRequiredService<SearcherProvider>();
        using var unwarmed = new SearcherProvider(corpus.Index);

        var opened = searchers.Use(s => LuceneSearchBackend.HasCatalog(s.IndexReader));
        var openedUnwarmed = unwarmed.Use(s => LuceneSearchBackend.HasCatalog(s.IndexReader));
        corpus.DeleteItalianSample();
        corpus.Run();
        var reopened = searchers.Refresh();
        var refreshed = searchers.Use(s => LuceneSearchBackend.HasCatalog(s.IndexReader));
        var catalog = services.GetRequiredService<ISearchBackend>().Catalog();

        Assert.That(opened, Is.True, "the first searcher, warmed when the manager opened");
        Assert.That(openedUnwarmed, Is.False, "a provider without the warm-up leaves it to the first search");
        Assert.That(reopened, Is.Not.Null);
        Assert.That(refreshed, Is.True, "the refreshed searcher, warmed before it was served");
        Assert.That(catalog, Has.Count.EqualTo(SmallCorpus.Samples - 1), "the new commit's statutes");
    }
}

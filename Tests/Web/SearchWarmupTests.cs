using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalSearch.Tests.Web;

/// <summary>The start-up warm-up runs its searches through the search service, and without an index ends quietly.</summary>
public sealed class SearchWarmupTests
{
    /// <summary>Records what the search service asks to translate (the first step of every search with translation on).</summary>
    private sealed class RecordingTranslator : IQueryTranslator
    {
        public List<string> Asked { get; } = [];

        public bool Available => true;

        public QueryTranslation Translate(IReadOnlyList<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages)
        {
            lock (Asked) Asked.AddRange(terms.Select(t => t.Text));
            return QueryTranslation.None;
        }
    }

    private static async Task<RecordingTranslator> WarmUp(string indexPath)
    {
        var translator = new RecordingTranslator();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IQueryTranslator>(translator)
            .AddLuceneSearchBackend(_ => indexPath).AddSearchServices().BuildServiceProvider();
        using var warmup = new SearchWarmup(services.GetRequiredService<SearchService>(), NullLogger<SearchWarmup>.Instance);
        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;
        return translator;
    }

    [Test]
    public async Task Each_warm_up_query_is_searched_as_a_request_is()
    {
        var corpus = new ReindexedCorpus();

        var translator = await WarmUp(corpus.Index);

        Assert.That(translator.Asked, Is.EqualTo(SearchWarmup.Queries));
    }

    [Test]
    public async Task Without_an_index_the_warm_up_ends_without_failing_the_start()
    {
        var missing = Path.Combine(TestPaths.NewTempFolder("no-index"), "index");

        var translator = await WarmUp(missing);

        Assert.That(translator.Asked, Has.Count.LessThanOrEqualTo(1), "it stops at the first failed search");
    }
}

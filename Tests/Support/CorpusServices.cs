using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using LegalSearch.Web.Search.Translation;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Support;

/// <summary>
/// The site's own search services (behind /api/search, /statutes and /compare), registered as Program.cs registers
/// them (with query translation when Apertium is installed), over the shared-corpus index of <see cref="CorpusIndex"/>: tests measure the real search path, not a copy.
/// </summary>
public sealed class CorpusServices : IDisposable
{
    private readonly ServiceProvider provider = new ServiceCollection()
        .AddLogging()
        .AddLuceneSearchBackend(_ => CorpusIndex.Path)
        .AddQueryTranslation(new ConfigurationBuilder().Build())
        .AddSearchServices()
        .BuildServiceProvider();

    public SearchService Search => provider.GetRequiredService<SearchService>();

    public StatuteService Statutes => provider.GetRequiredService<StatuteService>();

    public void Dispose() => provider.Dispose();
}

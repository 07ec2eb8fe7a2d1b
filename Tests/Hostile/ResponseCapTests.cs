using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// An index written before the per-provision limit may hold a huge provision (issue 16: one of 60 MB): one API
/// response carries at most <see cref="ProvisionView.MaxTextChars"/> of it and says it was cut; a search hit on it
/// reads at most the snippet's share.
/// </summary>
public sealed class ResponseCapTests
{
    [Test]
    public async Task A_provision_over_the_limit_is_cut_in_the_response_and_says_so()
    {
        var index = Path.Combine(TestPaths.NewTempFolder("huge-provision"), "index");
        var words = new StringBuilder("Quien acceda sin autorización a un sistema informático comete delito. ");
        while (words.Length <= ProvisionView.MaxTextChars * 3 / 2) words.Append("Texto de relleno de una disposición desmesurada. ");
        using (var writer = new StatuteIndexWriter(index))
        {
            writer.Replace(new Statute("xh-enorme", new StatuteMetadata("XH", "es", "Ley enorme", null, 2025), "es", "enorme.txt",
                [new Provision("1", ProvisionKinds.Article, null, [], words.ToString(), 0), new Provision("2", ProvisionKinds.Article, null, [], "Artículo breve sobre datos personales.", 1)]));
            writer.Commit(new Dictionary<string, string>());
        }
        using var factory = new WebAppFactory(index);
        using var client = factory.CreateClient();

        var huge = await client.GetFromJsonAsync<JsonElement>("/api/provisions/xh-enorme/1");
        var small = await client.GetFromJsonAsync<JsonElement>("/api/provisions/xh-enorme/2");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=acceda");

        Assert.That(huge.GetProperty("text").GetString()!.Length, Is.EqualTo(ProvisionView.MaxTextChars));
        Assert.That(huge.GetProperty("textCut").GetBoolean(), Is.True);
        Assert.That(small.TryGetProperty("textCut", out _), Is.False, "only a cut text says so");
        Assert.That(search.GetProperty("hits")[0].GetProperty("snippet").GetString(), Does.Contain("<mark>acceda</mark>"));
    }
}

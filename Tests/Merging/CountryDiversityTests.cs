using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Merging;

/// <summary>Each country's best first on the first page, and a country's further sections too when they score nearly as well.</summary>
public sealed class CountryDiversityTests
{
    private static IReadOnlyList<string> Rerank(params (string Id, double Score)[] hits) =>
        [.. CountryDiversity.Rerank(hits, h => h.Id[..2], h => h.Score).Select(h => h.Id)];

    [Test]
    public void A_countrys_weaker_sections_move_behind_the_other_countries_best()
    {
        var page = Rerank(("AR-1", 2.0), ("AR-2", 1.5), ("AR-3", 1.4), ("BR-1", 1.3), ("CO-1", 1.2));

        Assert.That(page, Is.EqualTo(new[] { "AR-1", "BR-1", "CO-1", "AR-2", "AR-3" }));
    }

    [Test]
    public void Sections_scoring_nearly_as_well_as_their_countrys_best_keep_their_place_up_to_three()
    {
        var page = Rerank(("AR-1", 2.0), ("AR-2", 1.9), ("AR-3", 1.85), ("AR-4", 1.8), ("BR-1", 1.3));

        Assert.That(page, Is.EqualTo(new[] { "AR-1", "AR-2", "AR-3", "BR-1", "AR-4" }));
    }
}

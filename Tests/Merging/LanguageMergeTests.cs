using LegalSearch.Web.Search.Merging;

namespace LegalSearch.Tests.Merging;

/// <summary>How the languages' ranked lists become one: by score shares of each language's best, not raw scores.</summary>
public sealed class LanguageMergeTests
{
    private static LanguageMerge.Ranked<string> Hit(string id, float score, bool holdsAll = false, bool cited = false) => new(id, score, holdsAll, cited);

    [Test]
    public void A_language_whose_scores_run_higher_does_not_take_every_place()
    {
        var lists = new Dictionary<string, IReadOnlyList<LanguageMerge.Ranked<string>>>
        {
            ["en"] = [Hit("en-1", 34), Hit("en-2", 30), Hit("en-3", 28)],
            ["es"] = [Hit("es-1", 17), Hit("es-2", 8)],
        };

        var merged = LanguageMerge.Merge(lists, l => LanguageMerge.WeightOf(l, "es", ["en"])).Select(m => m.Hit).ToList();

        Assert.That(merged.Take(2), Is.EquivalentTo(new[] { "es-1", "en-1" }), "each language's best first, whatever its raw score");
        Assert.That(merged.IndexOf("es-2"), Is.EqualTo(merged.Count - 1), "half the best Spanish score ranks below English hits at 82 % of the best English one");
    }

    [Test]
    public void Hits_holding_every_part_come_before_the_others_of_their_language_and_a_cited_provision_before_all()
    {
        var lists = new Dictionary<string, IReadOnlyList<LanguageMerge.Ranked<string>>>
        {
            ["fr"] = [Hit("fr-all", 3, holdsAll: true), Hit("fr-some", 50)],
            ["en"] = [Hit("en-cited", 1, holdsAll: true, cited: true), Hit("en-some", 9)],
        };

        var merged = LanguageMerge.Merge(lists, l => LanguageMerge.WeightOf(l, "fr", ["en"])).Select(m => m.Hit).ToList();

        Assert.That(merged[0], Is.EqualTo("en-cited"));
        Assert.That(merged.IndexOf("fr-all"), Is.LessThan(merged.IndexOf("fr-some")));
    }

    [Test]
    public void A_list_of_near_equal_scores_does_not_push_another_languages_best_below_its_tenth_hit()
    {
        var lists = new Dictionary<string, IReadOnlyList<LanguageMerge.Ranked<string>>>
        {
            ["es"] = [.. Enumerable.Range(1, 12).Select(i => Hit($"es-{i}", 40 - i, holdsAll: true))],
            ["pt"] = [Hit("pt-1", 12, holdsAll: true), Hit("pt-2", 11, holdsAll: true)],
        };

        var merged = LanguageMerge.Merge(lists, l => LanguageMerge.WeightOf(l, "es", ["pt"])).Select(m => m.Hit).ToList();

        Assert.That(merged.IndexOf("pt-1"), Is.LessThan(2), "Portuguese's best holds every part as the Spanish hits do: by share alone it came after all twelve (28/39 = 72 %)");
        Assert.That(merged.IndexOf("es-1"), Is.LessThan(merged.IndexOf("es-2")), "a language keeps its own order");
        Assert.That(merged.IndexOf("pt-2"), Is.LessThan(merged.IndexOf("es-12")));
    }

    [Test]
    public void Languages_neither_typed_nor_translated_weigh_least() =>
        Assert.That(LanguageMerge.WeightOf("nl", "es", ["en", "pt"]),
            Is.LessThan(LanguageMerge.WeightOf("en", "es", ["en", "pt"])).And.LessThan(LanguageMerge.WeightOf("es", "es", ["en", "pt"])));
}

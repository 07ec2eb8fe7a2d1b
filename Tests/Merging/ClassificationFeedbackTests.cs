using LegalSearch.Web.Search.Backend.Lucene;

namespace LegalSearch.Tests.Merging;

/// <summary>Which offence codes a first ranking's best hits share enough to be fed back.</summary>
public sealed class ClassificationFeedbackTests
{
    private static IReadOnlyList<string> Shared(string[] named, params string[][] topHits) =>
        ClassificationFeedback.Shared(topHits, named);

    [Test]
    public void A_code_two_of_the_first_five_hits_hold_is_fed_back_and_one_held_once_is_not()
    {
        var fed = Shared([], [], ["privacy-violation"], ["threats"], [], ["privacy-violation", "defamation"]);

        Assert.That(fed, Is.EqualTo(new[] { "privacy-violation" }));
    }

    [Test]
    public void A_code_the_query_named_is_not_fed_back_again()
    {
        var fed = Shared(["illegal-access"], ["illegal-access"], ["illegal-access", "data-interference"], ["illegal-access", "data-interference"]);

        Assert.That(fed, Is.EqualTo(new[] { "data-interference" }));
    }

    [Test]
    public void Hits_below_the_fifth_do_not_count()
    {
        var fed = Shared([], ["fraud"], [], [], [], [], ["fraud"], ["fraud"]);

        Assert.That(fed, Is.Empty);
    }

    [Test]
    public void The_most_shared_code_comes_first_and_a_hit_counts_once_per_code()
    {
        var fed = Shared([], ["fraud", "fraud"], ["extortion", "fraud"], ["extortion"], ["extortion"]);

        Assert.That(fed, Is.EqualTo(new[] { "extortion", "fraud" }));
    }
}

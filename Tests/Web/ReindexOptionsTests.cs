using LegalSearch.Tests.Support;
using LegalSearch.Web.Reindexing;
using Microsoft.Extensions.Options;

namespace LegalSearch.Tests.Web;

/// <summary>`Reindex:Schedule` is a cron expression parsed by Cronos at start-up; a bad one stops the app before it serves.</summary>
public sealed class ReindexOptionsTests
{
    [TestCase("0 3 * * *", "2026-12-02T03:00:00Z")]
    [TestCase("30 * * * * *", "2026-12-01T10:00:30Z")]
    [TestCase("*/15 * * * *", "2026-12-01T10:15:00Z")]
    public void A_schedule_of_five_or_six_fields_gives_the_next_run_in_UTC(string schedule, string expected)
    {
        var cron = new ReindexOptions { Schedule = schedule }.Cron()!;

        Assert.That(cron.GetNextOccurrence(DateTimeOffset.Parse("2026-12-01T10:00:00Z"), TimeZoneInfo.Utc), Is.EqualTo(DateTimeOffset.Parse(expected)));
    }

    [Test]
    public void No_schedule_means_no_scheduled_runs() =>
        Assert.That(new ReindexOptions { Schedule = " " }.Cron(), Is.Null);

    [Test]
    public void A_bad_schedule_stops_the_app_at_start()
    {
        using var factory = new WebAppFactory(CorpusIndex.Path, settings: new Dictionary<string, string> { ["Reindex:Schedule"] = "every night" });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure, Is.InstanceOf<OptionsValidationException>().Or.InnerException.InstanceOf<OptionsValidationException>());
        Assert.That(failure!.ToString(), Does.Contain("Reindex:Schedule is not a valid cron expression"));
    }
}

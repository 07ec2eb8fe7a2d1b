using System.Text.Json;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Tests.Support;
using LegalSearch.Web.Search;

namespace LegalSearch.Tests.Retrieval;

/// <summary>A provision that must be found: "CO 269A", or "MX 291 @mx-cnpp" when the country has several statutes with that number.</summary>
public sealed record ExpectedProvision(string Country, string Article, string? StatutePrefix)
{
    public static ExpectedProvision Parse(string text)
    {
        var at = text.IndexOf(" @", StringComparison.Ordinal);
        var prefix = at < 0 ? null : text[(at + 2)..].Trim();
        var main = at < 0 ? text : text[..at];
        var space = main.IndexOf(' ', StringComparison.Ordinal);
        return new ExpectedProvision(main[..space], main[(space + 1)..].Trim(), prefix);
    }

    public bool Matches(ProvisionView hit) =>
        hit.Country == Country
        && ArticleKey.From(hit.Article) == ArticleKey.From(Article)
        && (StatutePrefix is null || hit.StatuteId.StartsWith(StatutePrefix, StringComparison.Ordinal));

    public override string ToString() => $"{Country} {Article}";
}

/// <summary>One evaluation query: its language, the text a lawyer would type, the provisions that must come back (grade 2) and those that are relevant too (grade 1).</summary>
public sealed record EvaluationQuery(string Language, string Query, IReadOnlyList<ExpectedProvision> Expected, IReadOnlyList<ExpectedProvision> Related)
{
    /// <summary>Grade of a provision for this query: 2 expected, 1 related, 0 otherwise.</summary>
    public int Grade(ExpectedProvision provision) => Expected.Contains(provision) ? 2 : Related.Contains(provision) ? 1 : 0;

    public IEnumerable<ExpectedProvision> Judged => Expected.Concat(Related);
}

/// <summary>
/// Loads an evaluation set of Tests/Retrieval: evaluation-set.json (the tuning set: settings were chosen on it) and
/// heldout-set.json (written from the statutes before any setting changed; never tuned on, but looked at often) and
/// heldout2-set.json (written later from the statutes alone, never run before it was wired in; its misses are not printed);
/// heldout3-set.json (written like the second, later still, as a development set: its misses are read).
/// Each row: lang, query, expected (grade 2), optional related (grade 1).
/// </summary>
public static class EvaluationSet
{
    public const string Tuning = "evaluation-set.json";
    public const string HeldOut = "heldout-set.json";
    public const string HeldOut2 = "heldout2-set.json";
    public const string HeldOut3 = "heldout3-set.json";

    private sealed record Row(string lang, string query, string[] expected, string[]? related);

    public static IReadOnlyList<EvaluationQuery> Load(string file = Tuning)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "Tests", "Retrieval", file);
        var rows = JsonSerializer.Deserialize<Row[]>(File.ReadAllText(path)) ?? [];
        return [.. rows.Select(r => new EvaluationQuery(r.lang, r.query,
            [.. r.expected.Select(ExpectedProvision.Parse)], [.. (r.related ?? []).Select(ExpectedProvision.Parse)]))];
    }
}

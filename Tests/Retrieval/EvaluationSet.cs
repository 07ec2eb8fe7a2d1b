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

/// <summary>One evaluation query: its language, the text a lawyer would type, the provisions that must come back.</summary>
public sealed record EvaluationQuery(string Language, string Query, IReadOnlyList<ExpectedProvision> Expected);

/// <summary>Loads Tests/Retrieval/evaluation-set.json (queries written from what the corpus statutes say).</summary>
public static class EvaluationSet
{
    private sealed record Row(string lang, string query, string[] expected);

    public static IReadOnlyList<EvaluationQuery> Load()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "Tests", "Retrieval", "evaluation-set.json");
        var rows = JsonSerializer.Deserialize<Row[]>(File.ReadAllText(path)) ?? [];
        return [.. rows.Select(r => new EvaluationQuery(r.lang, r.query, [.. r.expected.Select(ExpectedProvision.Parse)]))];
    }
}

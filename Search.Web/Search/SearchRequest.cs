using System.Globalization;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend;

namespace LegalSearch.Web.Search;

/// <summary>A validated search: the words, repeatable filters and the page wanted.</summary>
public sealed record SearchRequest(
    string Query,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Offences,
    IReadOnlyList<int> Years,
    int Page,
    int Size)
{
    /// <summary>Provision kinds to search (<c>kind=</c>, repeatable); empty: every kind but contents and signatures.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Cross-language expansion; not a query-string parameter (always on for users), the retrieval evaluation turns it off to compare.</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Query translation (Apertium); like <see cref="Expand"/>, always on for users and compared off by the evaluation.</summary>
    public bool Translate { get; init; } = true;

    public const int MaxSize = 100;
    public const int DefaultSize = 10;

    /// <summary>Most values one filter may list (each becomes a clause; Lucene refuses more than 1,024 in one query).</summary>
    public const int MaxValuesPerFilter = 100;

    private static readonly HashSet<string> KnownParameters = ["q", "country", "lang", "offence", "year", "kind", "page", "size"];

    /// <summary>Reads and validates query-string parameters; throws <see cref="BadSearchRequestException"/> with the reason.</summary>
    public static SearchRequest From(IQueryCollection query)
    {
        var unknown = query.Keys.Where(k => !KnownParameters.Contains(k)).ToList();
        if (unknown.Count > 0) throw new BadSearchRequestException($"unknown parameter(s): {string.Join(", ", unknown)}");

        var q = query["q"].ToString().Trim();
        if (q.Length == 0) throw new BadSearchRequestException("the query 'q' is empty");
        if (q.Length > 1000) throw new BadSearchRequestException("the query 'q' is longer than 1000 characters");

        var countries = Values(query, "country").Select(c => c.ToUpperInvariant()).ToList();
        var bad = countries.FirstOrDefault(c => !(c.Length == 2 && c.All(char.IsAsciiLetter)) && c != "INT");
        if (bad is not null) throw new BadSearchRequestException($"unknown country '{bad}' (ISO 3166-1 alpha-2 or INT)");

        var languages = Values(query, "lang").Select(l => l.ToLowerInvariant()).ToList();
        bad = languages.FirstOrDefault(l => !IndexFields.Languages.Contains(l));
        if (bad is not null) throw new BadSearchRequestException($"unknown language '{bad}' (one of {string.Join(", ", IndexFields.Languages)})");

        var offences = Values(query, "offence").Select(o => o.ToLowerInvariant()).ToList();
        bad = offences.FirstOrDefault(o => !OffenceCatalog.IsKnown(o));
        if (bad is not null) throw new BadSearchRequestException($"unknown offence code '{bad}' (see /api/offences)");

        var kinds = Values(query, "kind").Select(k => k.ToLowerInvariant()).ToList();
        bad = kinds.FirstOrDefault(k => !ProvisionKinds.All.Contains(k));
        if (bad is not null) throw new BadSearchRequestException($"unknown kind '{bad}' (one of {string.Join(", ", ProvisionKinds.All)})");

        var years = new List<int>();
        foreach (var year in Values(query, "year"))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1000 or > 9999)
            {
                throw new BadSearchRequestException($"year '{year}' is not a four-digit year");
            }
            years.Add(parsed);
        }

        var page = Number(query, "page", 1);
        if (page < 1) throw new BadSearchRequestException("page must be 1 or more");
        var size = Number(query, "size", DefaultSize);
        if (size is < 1 or > MaxSize) throw new BadSearchRequestException($"size must be between 1 and {MaxSize}");
        if ((long)page * size > 10_000) throw new BadSearchRequestException("page × size must not exceed 10000");

        return new SearchRequest(q, countries, languages, offences, years, page, size) { Kinds = kinds };
    }

    /// <summary>The engine-neutral search this request asks for.</summary>
    public SearchSpec ToSpec(bool snippets = true) =>
        new(Query, new SearchFilters(Countries, Languages, Offences, Years, Kinds), Page, Size) { Expand = Expand, Snippets = snippets };

    private static IReadOnlyList<string> Values(IQueryCollection query, string key)
    {
        var values = query[key].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        return values.Count <= MaxValuesPerFilter
            ? values
            : throw new BadSearchRequestException($"'{key}' lists {values.Count:N0} values; at most {MaxValuesPerFilter} are accepted");
    }

    private static int Number(IQueryCollection query, string key, int fallback)
    {
        var raw = query[key].ToString();
        if (raw.Length == 0) return fallback;
        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BadSearchRequestException($"{key} must be a whole number");
    }
}

/// <summary>Input the user must correct; becomes a 400 ProblemDetails.</summary>
public sealed class BadSearchRequestException(string message) : Exception(message);

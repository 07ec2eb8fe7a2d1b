using LegalSearch.Indexer.Classification;

namespace LegalSearch.Web.Search.Comparison;

/// <summary>/offences: which country has a provision for which offence — each cell the provision the comparison would show first, or none (a gap).</summary>
public sealed record OffenceMatrix(IReadOnlyList<string> Offences, IReadOnlyList<string> Languages, IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>How many countries have a provision for the offence.</summary>
    public int CountriesWith(string offence) => Rows.Count(r => r.Cells.GetValueOrDefault(offence) is not null);
}

/// <summary>One country's row: offence code → its provision, or null.</summary>
public sealed record MatrixRow(string Country, IReadOnlyDictionary<string, MatrixCell?> Cells)
{
    public int Count => Cells.Values.Count(c => c is not null);
}

public sealed record MatrixCell(string Article, string Citation, string Url, string Language);

/// <summary>Builds the matrix from one comparison per offence (so a cell and the compare page agree).</summary>
public sealed class OffenceMatrixService(ComparisonService comparison)
{
    public OffenceMatrix Build(IReadOnlyList<string> languages, string uiLanguage)
    {
        var codes = OffenceCatalog.All.Select(o => o.Code).ToList();
        var cells = new Dictionary<string, Dictionary<string, MatrixCell?>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var compared = comparison.Compare(new CompareRequest(code, null, []) { Languages = languages }, uiLanguage);
            foreach (var row in compared.Rows)
            {
                if (row.Provision is not { } p) continue;
                if (!cells.TryGetValue(row.Country, out var byOffence)) cells[row.Country] = byOffence = [];
                byOffence[code] = new MatrixCell(p.Article, p.Citation, p.Url, p.Language);
            }
        }
        var countries = comparison.IndexedCountries().Where(c => c != ComparisonService.Treaty).Order(StringComparer.Ordinal);
        var rows = countries
            .Where(c => languages.Count == 0 || cells.ContainsKey(c))
            .Select(c => new MatrixRow(c, codes.ToDictionary(code => code, code => cells.GetValueOrDefault(c)?.GetValueOrDefault(code))))
            .ToList();
        return new OffenceMatrix(codes, languages, rows);
    }
}

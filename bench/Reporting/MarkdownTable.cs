using System.Globalization;
using System.Text;

namespace LegalSearch.Bench.Reporting;

/// <summary>A markdown table built row by row; numbers are formatted invariantly.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Row(params object?[] cells)
    {
        rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        text.Append('|').AppendJoin("|", headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in rows) text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        return text.ToString();
    }

    public static string Ms(double value) => double.IsNaN(value) ? "–" : $"{value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture)} ms";

    public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "–" : $"{value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture)}×";

    private static string Format(object? cell) => cell switch
    {
        null => "–",
        double d => d.ToString(d < 10 ? "F2" : "F1", CultureInfo.InvariantCulture),
        int i => i.ToString("N0", CultureInfo.InvariantCulture),
        long l => l.ToString("N0", CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}

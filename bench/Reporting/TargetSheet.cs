namespace LegalSearch.Bench.Reporting;

/// <summary>The targets next to the figures this run reached.</summary>
internal sealed class TargetSheet
{
    private readonly MarkdownTable table = new("target", "reached", "met");
    private int count;

    public void Add(string target, string reached, bool met)
    {
        table.Row(target, reached, met ? "yes" : "**no**");
        count++;
    }

    public bool IsEmpty => count == 0;

    public override string ToString() => table.ToString();
}

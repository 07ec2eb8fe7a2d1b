using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace LegalSearch.Indexer.Schema.FieldTypes;

/// <summary>
/// A year: stored and filtered as its four digits (<c>year</c>), indexed as a numeric point for ranges
/// (<paramref name="pointName"/>), counted as a facet and kept in doc values for the ranking window.
/// </summary>
public sealed class YearField(string name, string pointName, Func<ProvisionSource, int?> value) : StoredFieldDefinition<int?>(name, value)
{
    public string PointName => pointName;

    public override bool IsFacet => true;

    public override IEnumerable<KeyValuePair<string, Analyzer>> Analyzers(bool forQueries) => KeywordValue.Analyzer(Name, forQueries);

    public override int? Read(StoredProvision stored) =>
        int.TryParse(stored.Value(Name), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    protected override void Add(Document document, int? value)
    {
        if (value is not int year) return;
        document.Add(new Int32Point(pointName, year));
        var text = Format(year);
        document.Add(KeywordValue.Of(Name, text));
        AddFacet(document, text);
        AddDocValue(document, text);
    }

    /// <summary>The stored and filtered form of a year ("2009").</summary>
    public static string Format(int year) => year.ToString(CultureInfo.InvariantCulture);
}

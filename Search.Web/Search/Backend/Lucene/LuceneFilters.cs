using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Schema.FieldTypes;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>The filters of a <see cref="SearchSpec"/> as a Lucene filter: values of one filter OR-ed, filters AND-ed, scores untouched.</summary>
public static class LuceneFilters
{
    public static Query Apply(Query query, SearchFilters filters)
    {
        var all = new BooleanQuery();
        AddFilter(all, ProvisionSchema.Country.Name, filters.Countries);
        AddFilter(all, ProvisionSchema.Language.Name, filters.Languages);
        AddFilter(all, ProvisionSchema.Offence.Name, filters.Offences);
        AddFilter(all, ProvisionSchema.Year.Name, [.. filters.Years.Select(YearField.Format)]);
        return all.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(all));
    }

    private static void AddFilter(BooleanQuery target, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        var anyOf = new BooleanQuery();
        foreach (var value in values) anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        target.Add(anyOf, Occur.MUST);
    }
}

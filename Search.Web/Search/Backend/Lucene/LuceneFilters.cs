using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;
using LegalSearch.Indexer.Schema.FieldTypes;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>The filters of a <see cref="SearchSpec"/> as a Lucene filter: values of one filter OR-ed, filters AND-ed, scores untouched (as bit sets per segment, <see cref="FilterBits"/>).</summary>
public static class LuceneFilters
{
    public static Query Apply(Query query, SearchFilters filters) => new FilteredQuery(query, FilterBits.Of(FilterOf(filters)));

    /// <summary>The documents the filters let through, as a query (scores not used).</summary>
    public static Query FilterOf(SearchFilters filters)
    {
        var all = new BooleanQuery();
        AddFilter(all, ProvisionSchema.Country.Name, filters.Countries);
        AddFilter(all, ProvisionSchema.Language.Name, filters.Languages);
        AddFilter(all, ProvisionSchema.Offence.Name, filters.Offences);
        AddFilter(all, ProvisionSchema.Year.Name, [.. filters.Years.Select(YearField.Format)]);
        if (filters.Kinds.Count > 0) AddFilter(all, ProvisionSchema.Kind.Name, filters.Kinds);
        else ExcludeHiddenKinds(all);
        return all;
    }

    /// <summary>Without a kind filter, tables of contents and signatures are not hits.</summary>
    private static void ExcludeHiddenKinds(BooleanQuery target)
    {
        if (target.Clauses.Count == 0) target.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var kind in ProvisionKinds.HiddenByDefault) target.Add(new TermQuery(new Term(ProvisionSchema.Kind.Name, kind)), Occur.MUST_NOT);
    }

    private static void AddFilter(BooleanQuery target, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        var anyOf = new BooleanQuery();
        foreach (var value in values) anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        target.Add(anyOf, Occur.MUST);
    }
}

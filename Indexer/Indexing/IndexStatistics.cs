using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>Counts of what an index holds: statutes, provisions, per country and language, last indexing time.</summary>
public sealed record IndexStatistics(
    int Statutes,
    int Provisions,
    IReadOnlyDictionary<string, int> StatutesByCountry,
    IReadOnlyDictionary<string, int> ProvisionsByLanguage,
    DateTimeOffset? LastIndexed)
{
    public static IndexStatistics Empty { get; } = new(0, 0, new Dictionary<string, int>(), new Dictionary<string, int>(), null);

    public static IndexStatistics Read(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var statutes = DistinctTerms(reader, ProvisionSchema.StatuteId.Name).Count;
        var byCountry = new Dictionary<string, HashSet<string>>();
        var byLanguage = new Dictionary<string, int>();
        DateTimeOffset? last = null;
        foreach (var provision in LiveDocuments(reader, [ProvisionSchema.StatuteId, ProvisionSchema.Country, ProvisionSchema.Language, ProvisionSchema.IndexedAt]))
        {
            var country = provision.Get(ProvisionSchema.Country) ?? "?";
            if (!byCountry.TryGetValue(country, out var ids)) byCountry[country] = ids = [];
            ids.Add(provision.Get(ProvisionSchema.StatuteId) ?? "");
            var language = provision.Get(ProvisionSchema.Language) ?? "?";
            byLanguage[language] = byLanguage.GetValueOrDefault(language) + 1;
            if (provision.Get(ProvisionSchema.IndexedAt) is { } at && (last is null || at > last)) last = at;
        }
        return new IndexStatistics(
            statutes,
            reader.NumDocs,
            byCountry.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value.Count),
            byLanguage.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value),
            last);
    }

    /// <summary>The stored values of <paramref name="fields"/> for every live (not deleted) document.</summary>
    public static IEnumerable<StoredProvision> LiveDocuments(IndexReader reader, IEnumerable<IProvisionField> fields)
    {
        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var docId = 0; docId < reader.MaxDoc; docId++)
        {
            if (liveDocs is null || liveDocs.Get(docId)) yield return StoredProvision.Read(reader, docId, names);
        }
    }

    /// <summary>Distinct values of an indexed string field among live documents.</summary>
    public static HashSet<string> DistinctTerms(IndexReader reader, string field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return values;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) values.Add(termsEnum.Term.Utf8ToString());
        }
        return values;
    }
}

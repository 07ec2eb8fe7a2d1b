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
        var statutes = DistinctTerms(reader, IndexFields.StatuteId).Count;
        var byCountry = new Dictionary<string, HashSet<string>>();
        var byLanguage = new Dictionary<string, int>();
        DateTimeOffset? last = null;
        var fields = new HashSet<string> { IndexFields.StatuteId, IndexFields.Country, IndexFields.Language, IndexFields.IndexedAt };
        foreach (var doc in LiveDocuments(reader, fields))
        {
            var country = doc.Get(IndexFields.Country) ?? "?";
            if (!byCountry.TryGetValue(country, out var ids)) byCountry[country] = ids = [];
            ids.Add(doc.Get(IndexFields.StatuteId) ?? "");
            var language = doc.Get(IndexFields.Language) ?? "?";
            byLanguage[language] = byLanguage.GetValueOrDefault(language) + 1;
            if (DateTimeOffset.TryParse(doc.Get(IndexFields.IndexedAt), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
                && (last is null || at > last))
            {
                last = at;
            }
        }
        return new IndexStatistics(
            statutes,
            reader.NumDocs,
            byCountry.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value.Count),
            byLanguage.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value),
            last);
    }

    /// <summary>The stored <paramref name="fields"/> of every live (not deleted) document.</summary>
    public static IEnumerable<Lucene.Net.Documents.Document> LiveDocuments(IndexReader reader, ISet<string> fields)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var docId = 0; docId < reader.MaxDoc; docId++)
        {
            if (liveDocs is null || liveDocs.Get(docId)) yield return reader.Document(docId, fields);
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

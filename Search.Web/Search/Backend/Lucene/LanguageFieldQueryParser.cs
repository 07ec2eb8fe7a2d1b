using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Lucene classic syntax with our field routing: a quoted phrase searches the folded, unstemmed <c>exact</c> field;
/// a bare word searches the stemmed field of every allowed language. Explicit fields (<c>heading:acceso</c>) pass through.
/// </summary>
internal sealed class LanguageFieldQueryParser(Analyzer analyzer, IReadOnlyList<string> stemmedFields)
    : QueryParser(LuceneVersion.LUCENE_48, DefaultFieldName, analyzer)
{
    private const string DefaultFieldName = "\u0001default";

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field != DefaultFieldName) return base.GetFieldQuery(field, queryText, quoted);
        if (quoted) return base.GetFieldQuery(IndexFields.Exact, queryText, quoted: true);
        var perField = new BooleanQuery(disableCoord: true);
        foreach (var name in stemmedFields)
        {
            var query = base.GetFieldQuery(name, queryText, quoted: false);
            if (query is not null) perField.Add(query, Occur.SHOULD);
        }
        return perField.Clauses.Count == 0 ? null! : perField;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Routed(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Routed(field), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Routed(field), termStr, minSimilarity);

    /// <summary>Multi-term queries (prefix, wildcard, fuzzy) are not analyzed, so they go to the folded exact field.</summary>
    private static string Routed(string field) => field == DefaultFieldName ? IndexFields.Exact : field;
}

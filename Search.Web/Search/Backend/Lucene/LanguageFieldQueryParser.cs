using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Parsing;

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

    /// <summary>
    /// Temporary guard until the new query grammar replaces this parser: a fuzzy term (<c>acceso~</c>) is expanded again
    /// for every snippet and took a search past its 2 s budget; DESIGN.md's query language has no fuzzy terms.
    /// </summary>
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        throw new QuerySyntaxException($"fuzzy terms ({termStr}~) are not supported; use a prefix* or \"a phrase\"~3 for nearby words");

    /// <summary>
    /// Temporary guard until the new query grammar replaces this parser: a regular expression can cost seconds of CPU
    /// and hundreds of MB (<c>/[ac]*a[ac]{16}/</c>), so it is refused, as DESIGN.md's query language says.
    /// </summary>
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new QuerySyntaxException($"regular expressions (/{termStr}/) are not supported; search words, \"phrases\" or a prefix*");

    /// <summary>
    /// Temporary guard until the new query grammar replaces this parser: a term range (<c>[a TO z]</c>) expands to every
    /// word between its ends; DESIGN.md's query language has none (a year range will be <c>year:2009..2024</c>).
    /// </summary>
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        throw new QuerySyntaxException($"ranges ([{part1} TO {part2}]) are not supported; search words, \"phrases\" or a prefix*");

    /// <summary>Multi-term queries (prefix, wildcard, fuzzy) are not analyzed, so they go to the folded exact field.</summary>
    private static string Routed(string field) => field == DefaultFieldName ? IndexFields.Exact : field;
}

using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// Turns what a user typed into a Lucene query: bare words search every language's stemmed field and the
/// heading; quoted phrases search the folded exact field. Lucene syntax (AND, OR, -, "...") is accepted.
/// </summary>
public sealed class SearchQueryParser
{
    private readonly Analyzer analyzer = AnalyzerFactory.CreatePerField();

    public ParsedQuery Parse(string userQuery, IReadOnlyCollection<string> languages)
    {
        var text = userQuery.Trim();
        if (text.Length == 0) throw new QuerySyntaxException("the query is empty");
        if (text.Count(c => c == '"') % 2 != 0) throw new QuerySyntaxException("unbalanced quotes in the query");

        var fields = (languages.Count > 0 ? languages : IndexFields.Languages)
            .Where(IndexFields.Languages.Contains)
            .Select(IndexFields.TextIn)
            .Append(IndexFields.Heading)
            .ToArray();
        var stemmed = ParseWith(new MultiFieldQueryParser(LuceneVersion.LUCENE_48, fields, analyzer) { DefaultOperator = Operator.OR }, text);
        var query = new BooleanQuery { { stemmed, Occur.SHOULD } };
        if (text.Contains('"'))
        {
            var exact = ParseWith(new QueryParser(LuceneVersion.LUCENE_48, IndexFields.Exact, analyzer), text);
            query = new BooleanQuery { { exact, Occur.MUST } };
            return new ParsedQuery(query, []);
        }
        return new ParsedQuery(query, []);
    }

    private static Query ParseWith(QueryParser parser, string text)
    {
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException ex)
        {
            throw new QuerySyntaxException($"the query could not be read: {FirstLine(ex.Message)}", ex);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

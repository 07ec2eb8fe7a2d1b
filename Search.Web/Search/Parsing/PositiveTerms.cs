using System.Text.RegularExpressions;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// The parts of a query that say what to find, for translation: its bare words (as one run, in order, so a machine
/// translator sees them in context) and each quoted phrase. Left out: operators (AND, OR, NOT, NEAR/n, w/n, PRE/n,
/// /s, /p), excluded words and phrases (<c>-x</c>, <c>NOT x</c>), fielded terms (<c>country:CO</c>), wildcards and
/// article numbers — so an exclusion is never undone by translating it. (The query tree will hand these over directly.)
/// </summary>
public static partial class PositiveTerms
{
    public static IReadOnlyList<QueryTerm> Of(string query)
    {
        var terms = new List<QueryTerm>();
        var words = new List<string>();
        var excludeNext = false;
        foreach (Match token in Token().Matches(query))
        {
            var text = token.Value;
            var negated = excludeNext || text.StartsWith('-');
            excludeNext = false;
            if (text is "NOT") { excludeNext = true; continue; }
            if (negated || IsOperator(text) || text.Contains(':', StringComparison.Ordinal) || text.IndexOfAny(['*', '?']) >= 0) continue;
            if (text.StartsWith('"'))
            {
                var phrase = text.Trim('"').Trim();
                var tilde = phrase.LastIndexOf('"');
                if (phrase.Length > 0) terms.Add(new QueryTerm(tilde >= 0 ? phrase[..tilde] : phrase, IsPhrase: true));
                continue;
            }
            words.Add(text.TrimStart('+').Split('~')[0]);
        }
        var run = ArticleReferences.Find(string.Join(' ', words)).Remainder;
        if (run.Length > 0) terms.Insert(0, new QueryTerm(run, IsPhrase: false));
        return terms;
    }

    private static bool IsOperator(string token) =>
        token is "AND" or "OR" or "&&" or "||" or "/s" or "/p" || NearOperator().IsMatch(token);

    [GeneratedRegex(@"^(?:NEAR|[Ww]|PRE)/\d+$")]
    private static partial Regex NearOperator();

    /// <summary>A quoted phrase (with an optional ~n, a leading - or field), or a run of characters up to a space or parenthesis.</summary>
    [GeneratedRegex(@"-?(?:\w+:)?""[^""]*""(?:~\d+)?|[^\s()""]+")]
    private static partial Regex Token();
}

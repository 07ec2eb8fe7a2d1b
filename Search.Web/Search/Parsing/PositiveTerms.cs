using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// The parts of a query that say what to find, for translation: its bare words (as one run, in order, so a machine
/// translator sees them in context) and each quoted phrase, read off the query tree. Left out: operators, excluded
/// words and phrases (under NOT or -), fielded terms (<c>country:CO</c>, <c>heading:…</c>), prefixes, wildcards,
/// fuzzy words and article numbers — so an exclusion is never undone by translating it.
/// </summary>
public static class PositiveTerms
{
    public static IReadOnlyList<QueryTerm> Of(string query) => Of(QueryTreeParser.Parse(query));

    public static IReadOnlyList<QueryTerm> Of(QueryTree tree)
    {
        var words = new List<string>();
        var phrases = new List<QueryTerm>();
        Collect(tree.Root, words, phrases);
        return words.Count == 0 ? phrases : [new QueryTerm(string.Join(' ', words), IsPhrase: false), .. phrases];
    }

    private static void Collect(QueryNode node, List<string> words, List<QueryTerm> phrases)
    {
        switch (node)
        {
            case WordNode word:
                words.Add(word.Text);
                break;
            case PhraseNode phrase:
                phrases.Add(new QueryTerm(phrase.Text, IsPhrase: true));
                break;
            case NotNode or FieldScopeNode:
                break;
            default:
                foreach (var child in QueryWalk.Children(node)) Collect(child, words, phrases);
                break;
        }
    }
}

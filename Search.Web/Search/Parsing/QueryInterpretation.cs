using System.Globalization;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// "How we read your query": the tree as readable text, what expansion added, and the query without one part
/// (for the page's "remove" links).
/// </summary>
public static class QueryInterpretation
{
    /// <summary>The whole tree in words, then what expansion also searched (<paramref name="alsoSearched"/>, from the backend).</summary>
    public static string Render(QueryTree tree, IReadOnlyList<string> alsoSearched)
    {
        var text = Describe(tree.Root, nested: false);
        if (tree.Root is BooleanNode { Kind: BooleanKind.Ranked } group && group.Children.Count(IsRanked) > 1)
        {
            text += " — provisions with all of these first";
        }
        if (alsoSearched.Count > 0) text += " · also searched: " + string.Join("; ", alsoSearched);
        return text;
    }

    /// <summary>The parts a user can take out one by one: the top-level parts of the query (just one when it has no parts).</summary>
    public static IReadOnlyList<QueryNode> Parts(QueryTree tree) =>
        tree.Root is BooleanNode group ? group.Children : [tree.Root];

    /// <summary>The query as typed without <paramref name="part"/>, its other parts joined as they were (AND, OR or side by side).</summary>
    public static string Without(QueryTree tree, QueryNode part)
    {
        if (tree.Root is not BooleanNode group) return "";
        var separator = group.Kind switch { BooleanKind.All => " AND ", BooleanKind.Any => " OR ", _ => " " };
        return string.Join(separator, group.Children.Where(c => !ReferenceEquals(c, part)).Select(tree.TextOf));
    }

    /// <summary>One part in words.</summary>
    public static string Describe(QueryNode node) => Describe(node, nested: false);

    private static bool IsRanked(QueryNode node) => node is not (NotNode or FilterNode or YearRangeNode or ArticleNode { Required: true });

    private static string Describe(QueryNode node, bool nested) => node switch
    {
        WordNode word => word.Text,
        PhraseNode { Slop: 0 } phrase => $"\"{phrase.Text}\"",
        PhraseNode phrase => $"\"{phrase.Text}\" (words up to {Number(phrase.Slop)} apart)",
        PrefixNode prefix => $"words starting with {prefix.Stem}",
        WildcardNode wildcard => $"{wildcard.Pattern} (? one letter, * any letters)",
        FuzzyNode fuzzy => $"{fuzzy.Text} or words {Number(fuzzy.Edits)} letter(s) apart",
        ArticleNode { Required: true } article => $"only provisions numbered {article.Number}",
        ArticleNode article => $"provisions numbered {article.Number} first",
        FilterNode filter => $"only {FieldLabel(filter.Field)} {filter.Value}",
        YearRangeNode { From: var from, To: var to } => from == to ? $"only year {Number(from)}" : $"only years {Number(from)}–{Number(to)}",
        FieldScopeNode scope => $"{FieldLabel(scope.Field)} has {Describe(scope.Inner, nested: true)}",
        ProximityNode near => Proximity(near),
        NotNode not => $"NOT {Describe(not.Inner, nested: true)}",
        BoostNode boost => $"{Describe(boost.Inner, nested: true)} (weight {boost.Boost.ToString(CultureInfo.InvariantCulture)})",
        BooleanNode group => Group(group, nested),
        _ => node.ToString(),
    };

    private static string Proximity(ProximityNode near)
    {
        var left = Describe(near.Left, nested: true);
        var right = Describe(near.Right, nested: true);
        return near.Kind switch
        {
            ProximityKind.Near => $"{left} within {Number(near.Distance)} words of {right}",
            ProximityKind.Before => $"{left} up to {Number(near.Distance)} words before {right}",
            ProximityKind.Sentence => $"{left} in the same sentence as {right}",
            _ => $"{left} in the same paragraph as {right}",
        };
    }

    private static string Group(BooleanNode group, bool nested)
    {
        var separator = group.Kind switch { BooleanKind.All => " AND ", BooleanKind.Any => " OR ", _ => " · " };
        var text = string.Join(separator, group.Children.Select(c => Describe(c, nested: true)));
        return nested ? $"({text})" : text;
    }

    private static string FieldLabel(QueryField field) => field switch
    {
        QueryField.Language => "language",
        QueryField.Article => "number",
        _ => QueryFields.NameOf(field),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

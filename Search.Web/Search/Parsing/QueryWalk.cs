namespace LegalSearch.Web.Search.Parsing;

/// <summary>Visits a query tree.</summary>
public static class QueryWalk
{
    /// <summary>Every node, parents before children.</summary>
    public static IEnumerable<QueryNode> All(QueryNode node)
    {
        yield return node;
        foreach (var child in Children(node))
        {
            foreach (var descendant in All(child)) yield return descendant;
        }
    }

    /// <summary>The nodes that become one clause each (words, phrases, prefixes, filters…), in query order.</summary>
    public static IEnumerable<QueryNode> Leaves(QueryNode node) => All(node).Where(n => !Children(n).Any());

    public static IEnumerable<QueryNode> Children(QueryNode node) => node switch
    {
        BooleanNode group => group.Children,
        NotNode not => [not.Inner],
        BoostNode boost => [boost.Inner],
        FieldScopeNode scope => [scope.Inner],
        ProximityNode near => [near.Left, near.Right],
        _ => [],
    };
}

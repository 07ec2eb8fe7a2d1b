using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>
/// The words concept expansion reads: the ranked words and phrases of the top level, in order. Excluded words,
/// field values, article numbers and the operands of connectors are left out: expansion widens natural-language
/// queries, not precise ones.
/// </summary>
internal static class ConceptText
{
    public static string Of(QueryTree tree)
    {
        var parts = tree.Root is BooleanNode { Kind: BooleanKind.Ranked } group ? group.Children : [tree.Root];
        return string.Join(" ", parts.Select(Text).Where(t => t.Length > 0));
    }

    private static string Text(QueryNode node) => node switch
    {
        WordNode word => word.Text,
        PhraseNode phrase => phrase.Text,
        _ => "",
    };
}

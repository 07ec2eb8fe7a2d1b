namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// Finds article references among the words of the tree ("artículo 269A", "154-A", "§ 1030", "211 bis 1") with
/// <see cref="ArticleReferences"/> and puts an <see cref="ArticleNode"/> in place of the words that spell each one.
/// Only runs of bare words side by side count, so <c>"154-A"</c> in quotes or <c>154~1</c> stay what they are.
/// </summary>
internal static class ArticleRecognizer
{
    public static QueryNode Apply(QueryNode root) => root switch
    {
        WordNode word => Replace([word], isWholeQuery: true) switch
        {
            [var only] => only,
            var parts => new BooleanNode(BooleanKind.Ranked, parts, word.Span),
        },
        BooleanNode { Kind: BooleanKind.Ranked } group => group with { Children = Rewrite(group.Children, isWholeQuery: true) },
        _ => Nested(root),
    };

    private static QueryNode Nested(QueryNode node) => node switch
    {
        BooleanNode { Kind: BooleanKind.Ranked } group => group with { Children = Rewrite(group.Children, isWholeQuery: false) },
        BooleanNode group => group with { Children = [.. group.Children.Select(Nested)] },
        NotNode not => not with { Inner = Nested(not.Inner) },
        BoostNode boost => boost with { Inner = Nested(boost.Inner) },
        _ => node,
    };

    private static IReadOnlyList<QueryNode> Rewrite(IReadOnlyList<QueryNode> parts, bool isWholeQuery)
    {
        var result = new List<QueryNode>();
        var run = new List<WordNode>();
        foreach (var part in parts)
        {
            if (part is WordNode word)
            {
                run.Add(word);
                continue;
            }
            Flush();
            result.Add(Nested(part));
        }
        Flush();
        return result;

        void Flush()
        {
            if (run.Count == 0) return;
            result.AddRange(Replace(run, isWholeQuery && run.Count == parts.Count));
            run.Clear();
        }
    }

    /// <summary>The run of words with each article reference in it made one node.</summary>
    private static IReadOnlyList<QueryNode> Replace(IReadOnlyList<WordNode> run, bool isWholeQuery)
    {
        var offsets = new List<int>();
        var joined = new System.Text.StringBuilder();
        foreach (var word in run)
        {
            if (joined.Length > 0) joined.Append(' ');
            offsets.Add(joined.Length);
            joined.Append(word.Text);
        }
        var matches = ArticleReferences.Matches(joined.ToString(), isWholeQuery);
        if (matches.Count == 0) return run;
        var result = new List<QueryNode>();
        var next = 0;
        foreach (var match in matches)
        {
            var covered = Enumerable.Range(0, run.Count)
                .Where(i => offsets[i] < match.Index + match.Length && offsets[i] + run[i].Text.Length > match.Index && i >= next).ToList();
            if (covered.Count == 0) continue;
            result.AddRange(run.Skip(next).Take(covered[0] - next));
            result.Add(new ArticleNode(match.Number, Required: false, SourceSpan.Cover(run[covered[0]].Span, run[covered[^1]].Span)));
            next = covered[^1] + 1;
        }
        result.AddRange(run.Skip(next));
        return result;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Web.Search.Backend.Lucene.QueryTranslation;

/// <summary>
/// Proximity connectors as span queries, which Lucene's highlighter understands position by position (so only the
/// words that matched are marked). Words alone search the stemmed fields; with a phrase or a prefix among the
/// operands, the folded exact field. <c>/s</c> and <c>/p</c> are "near, with no sentence (paragraph) marker
/// inside" (<see cref="TextBoundaries"/>).
/// </summary>
internal static class SpanQueries
{
    /// <summary>
    /// Slop of <c>/s</c> and <c>/p</c> before the boundary check: the two parts at most 1,000 words apart inside the
    /// sentence or paragraph (longer than the sentences and paragraphs of the corpus, far below the gap between field
    /// values). A wider slop only made the highlighter's span work grow (bench --query-forms: /s p50 about twice as long at 5,000).
    /// </summary>
    public const int UnboundedSlop = 1000;

    /// <summary>Most terms a prefix or wildcard expands to inside a proximity (the highest-frequency ones are kept).</summary>
    public const int MaxExpansions = 256;

    public static Query? Build(ProximityNode near, TextTarget target)
    {
        var wordsOnly = QueryWalk.Leaves(near).All(leaf => leaf is WordNode);
        var fields = wordsOnly ? target.WordFields : [target.ExactField];
        return TextTarget.AnyOf(fields.Select(field => Span(near, field)));
    }

    private static SpanQuery? Span(QueryNode node, string field) => node switch
    {
        WordNode word => Terms(field, word.Text, 0),
        PhraseNode phrase => Terms(field, phrase.Text, phrase.Slop),
        PrefixNode prefix => MultiTerm(new PrefixQuery(new Term(field, TextTarget.Fold(prefix.Stem)))),
        WildcardNode wildcard => MultiTerm(new WildcardQuery(new Term(field, TextTarget.Fold(wildcard.Pattern)))),
        FuzzyNode fuzzy => MultiTerm(new FuzzyQuery(new Term(field, TextTarget.Fold(fuzzy.Text)), fuzzy.Edits)),
        BooleanNode any => Or([.. any.Children.Select(c => Span(c, field)).OfType<SpanQuery>()]),
        ProximityNode near => Near(near, field),
        _ => null,
    };

    private static SpanQuery? Near(ProximityNode near, string field)
    {
        if (Span(near.Left, field) is not { } left || Span(near.Right, field) is not { } right) return null;
        return near.Kind switch
        {
            ProximityKind.Near => new SpanNearQuery([left, right], near.Distance, false),
            ProximityKind.Before => new SpanNearQuery([left, right], near.Distance, true),
            ProximityKind.Sentence => Within(left, right, field, TextBoundaries.SentenceMarker),
            _ => Within(left, right, field, TextBoundaries.ParagraphMarker),
        };
    }

    /// <summary>Both parts with no boundary marker between them; a field without markers (a heading) is one unit.</summary>
    private static SpanQuery Within(SpanQuery left, SpanQuery right, string field, string marker)
    {
        var near = new SpanNearQuery([left, right], UnboundedSlop, false);
        var markers = TextTarget.Analyze(field, marker);
        return markers.Count == 1 ? new SpanNotQuery(near, new SpanTermQuery(new Term(field, markers[0].Term))) : near;
    }

    /// <summary>The words as spans; terms at one position (an English word's two spellings) are alternatives there.</summary>
    private static SpanQuery? Terms(string field, string text, int slop)
    {
        var positions = TextTarget.Analyze(field, text).GroupBy(t => t.Position)
            .Select(at => (Position: at.Key, Span: Or([.. at.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Term)))])!)).ToList();
        if (positions.Count == 0) return null;
        if (positions.Count == 1) return positions[0].Span;
        var gaps = positions[^1].Position - positions[0].Position - (positions.Count - 1);
        return new SpanNearQuery([.. positions.Select(p => p.Span)], slop + gaps, slop == 0);
    }

    private static SpanQuery MultiTerm<TQuery>(TQuery query) where TQuery : MultiTermQuery =>
        new SpanMultiTermQueryWrapper<TQuery>(query) { MultiTermRewriteMethod = new SpanMultiTermQueryWrapper<TQuery>.TopTermsSpanBooleanQueryRewrite(MaxExpansions) };

    private static SpanQuery? Or(IReadOnlyList<SpanQuery> spans) => spans.Count switch
    {
        0 => null,
        1 => spans[0],
        _ => new SpanOrQuery([.. spans]),
    };
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>
/// The grammar: reads a query into a <see cref="QueryTree"/> or throws a <see cref="QuerySyntaxException"/> that says
/// where and what. From loosest to tightest binding:
/// <code>
/// query     := sequence                      parts side by side: ranked, all-parts matches first
/// sequence  := all+
/// all       := any ("AND" any)*
/// any       := unary ("OR" unary)*           an exclusion cannot be an alternative
/// unary     := ("NOT" | "-") unary | near
/// near      := atom (CONNECTOR atom)*        NEAR/n w/n /n PRE/n /s /p; operands are words, phrases, prefixes, OR-groups
/// atom      := WORD | PHRASE | "(" sequence ")" | FIELD ":" value
/// </code>
/// Field values are validated here (a known country form, language, offence code, year range), so a typo is an
/// error at its position rather than a silent empty result.
/// </summary>
public static partial class QueryTreeParser
{
    public static QueryTree Parse(string text) => Parse(text, QueryLimits.Default);

    public static QueryTree Parse(string text, QueryLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            throw Error(QueryErrorKind.TooLong, new SourceSpan(limits.MaxLength, text.Length - limits.MaxLength), Number(limits.MaxLength));
        }
        if (string.IsNullOrWhiteSpace(text)) throw Error(QueryErrorKind.Empty, new SourceSpan(0, text.Length));
        var reader = new Reader(QueryLexer.Tokenize(text), limits.MaxDepth);
        var root = reader.ParseSequence(0) ?? throw Error(QueryErrorKind.Empty, new SourceSpan(0, text.Length));
        if (reader.Current.Kind == QueryTokenKind.RightParenthesis) throw Error(QueryErrorKind.UnexpectedClosingParenthesis, reader.Current.Span);
        CheckClauseCount(root, limits.MaxClauses);
        CheckSomethingToFind(root);
        return new QueryTree(ArticleRecognizer.Apply(root), text);
    }

    internal static QuerySyntaxException Error(QueryErrorKind kind, SourceSpan span, params string[] arguments) =>
        new(new QueryError(kind, span, arguments));

    private static void CheckClauseCount(QueryNode root, int maxClauses)
    {
        var leaves = QueryWalk.Leaves(root).ToList();
        if (leaves.Count > maxClauses) throw Error(QueryErrorKind.TooManyClauses, leaves[maxClauses].Span, Number(maxClauses));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A query of exclusions only ("-abusivo") would list the whole index minus a few; we ask for something to find.</summary>
    private static void CheckSomethingToFind(QueryNode root)
    {
        var parts = root is BooleanNode { Kind: not BooleanKind.Any } group ? group.Children : [root];
        if (parts.All(p => p is NotNode)) throw Error(QueryErrorKind.OnlyExclusions, root.Span);
    }

    private sealed class Reader(IReadOnlyList<QueryToken> tokens, int maxDepth)
    {
        private int index;

        public QueryToken Current => tokens[index];

        private QueryToken Advance() => tokens[index++];

        private bool AtOperandStart => Current.Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.LeftParenthesis
            or QueryTokenKind.Field or QueryTokenKind.Not or QueryTokenKind.Minus;

        public QueryNode? ParseSequence(int depth)
        {
            var parts = new List<QueryNode>();
            while (Current.Kind is not (QueryTokenKind.End or QueryTokenKind.RightParenthesis))
            {
                if (!AtOperandStart) throw Error(QueryErrorKind.MissingOperand, Current.Span, Current.Text);
                parts.Add(ParseAll(depth));
            }
            return parts.Count switch
            {
                0 => null,
                1 => parts[0],
                _ => new BooleanNode(BooleanKind.Ranked, parts, SourceSpan.Cover(parts[0].Span, parts[^1].Span)),
            };
        }

        private QueryNode ParseAll(int depth)
        {
            var parts = new List<QueryNode> { ParseAny(depth) };
            while (Current.Kind == QueryTokenKind.And)
            {
                ExpectOperandAfter(Advance());
                parts.Add(ParseAny(depth));
            }
            return parts.Count == 1 ? parts[0] : new BooleanNode(BooleanKind.All, parts, SourceSpan.Cover(parts[0].Span, parts[^1].Span));
        }

        private QueryNode ParseAny(int depth)
        {
            var parts = new List<QueryNode> { ParseUnary(depth) };
            while (Current.Kind == QueryTokenKind.Or)
            {
                ExpectOperandAfter(Advance());
                parts.Add(ParseUnary(depth));
            }
            if (parts.Count == 1) return parts[0];
            if (parts.FirstOrDefault(p => p is NotNode) is { } exclusion) throw Error(QueryErrorKind.ExclusionInAlternative, exclusion.Span);
            return new BooleanNode(BooleanKind.Any, parts, SourceSpan.Cover(parts[0].Span, parts[^1].Span));
        }

        private QueryNode ParseUnary(int depth)
        {
            if (Current.Kind is not (QueryTokenKind.Not or QueryTokenKind.Minus)) return ParseNear(depth);
            var op = Advance();
            ExpectOperandAfter(op);
            if (Current.Kind is QueryTokenKind.Not or QueryTokenKind.Minus) throw Error(QueryErrorKind.MissingOperand, Current.Span, Current.Text);
            var inner = ParseNear(depth);
            return new NotNode(inner, SourceSpan.Cover(op.Span, inner.Span));
        }

        private QueryNode ParseNear(int depth)
        {
            var left = ParseAtom(depth);
            while (Current.Kind == QueryTokenKind.Connector)
            {
                var connector = Advance();
                ExpectOperandAfter(connector);
                var right = ParseAtom(depth);
                CheckProximityOperand(left);
                CheckProximityOperand(right);
                left = new ProximityNode(left, right, connector.Proximity, connector.Number, SourceSpan.Cover(left.Span, right.Span));
            }
            return left;
        }

        private QueryNode ParseAtom(int depth)
        {
            var token = Current;
            switch (token.Kind)
            {
                case QueryTokenKind.Word:
                    Advance();
                    return WordForms.Classify(token.Text, token.Span);
                case QueryTokenKind.Phrase:
                    Advance();
                    if (string.IsNullOrWhiteSpace(token.Text)) throw Error(QueryErrorKind.NoSearchableWords, token.Span);
                    QueryNode phrase = new PhraseNode(token.Text.Trim(), token.Number, token.Span);
                    return token.Boost is { } boost ? new BoostNode(phrase, boost, token.Span) : phrase;
                case QueryTokenKind.LeftParenthesis:
                    return ParseGroup(depth);
                case QueryTokenKind.Field:
                    return ParseField(depth);
                default:
                    throw Error(QueryErrorKind.MissingOperand, token.Span, token.Text);
            }
        }

        private QueryNode ParseGroup(int depth)
        {
            var open = Advance();
            if (depth + 1 > maxDepth) throw Error(QueryErrorKind.TooDeep, open.Span, Number(maxDepth));
            var inner = ParseSequence(depth + 1);
            if (Current.Kind != QueryTokenKind.RightParenthesis) throw Error(QueryErrorKind.UnclosedGroup, open.Span);
            var close = Advance();
            var span = SourceSpan.Cover(open.Span, close.Span);
            return inner is null ? throw Error(QueryErrorKind.EmptyGroup, span) : inner with { Span = span };
        }

        private QueryNode ParseField(int depth)
        {
            var name = Advance();
            var field = QueryFields.ByName[name.Text];
            if (QueryFields.IsText(field))
            {
                var inner = ParseAtom(depth);
                if (QueryWalk.All(inner).FirstOrDefault(n => n is FieldScopeNode or FilterNode or YearRangeNode or ArticleNode) is { } nested)
                {
                    throw Error(QueryErrorKind.InvalidFieldValue, nested.Span, name.Text, "");
                }
                return new FieldScopeNode(field, inner, SourceSpan.Cover(name.Span, inner.Span));
            }
            var value = Current;
            if (value.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase)) throw Error(QueryErrorKind.MissingFieldValue, name.Span, name.Text);
            Advance();
            return FieldValues.Read(field, name.Text, value.Text.Trim(), SourceSpan.Cover(name.Span, value.Span), value.Span);
        }

        private void ExpectOperandAfter(QueryToken op)
        {
            if (!AtOperandStart) throw Error(QueryErrorKind.MissingOperand, op.Span, op.Text);
        }

        private static void CheckProximityOperand(QueryNode node)
        {
            var fits = node switch
            {
                WordNode or PhraseNode or PrefixNode or WildcardNode or FuzzyNode or ProximityNode => true,
                BooleanNode { Kind: BooleanKind.Any } any => any.Children.All(c => c is WordNode or PhraseNode or PrefixNode or WildcardNode or FuzzyNode),
                _ => false,
            };
            if (!fits) throw Error(QueryErrorKind.InvalidProximityOperand, node.Span);
        }
    }
}

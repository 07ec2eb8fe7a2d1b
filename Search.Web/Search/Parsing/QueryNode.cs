namespace LegalSearch.Web.Search.Parsing;

/// <summary>Where a part of the query sits in what the user typed (character offsets), for errors and for removing a part.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The smallest span holding both.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Start, last.End - first.Start);
}

/// <summary>
/// The query tree: what the user asked for, with no search engine in it. The grammar (<see cref="QueryTreeParser"/>)
/// builds it; a backend translates it; <see cref="QueryInterpretation"/> renders it back as readable text.
/// </summary>
public abstract record QueryNode(SourceSpan Span);

/// <summary>A bare word as typed; punctuation inside it ("999/1992", "and/or", "154-A") is part of the text.</summary>
public sealed record WordNode(string Text, SourceSpan Span) : QueryNode(Span);

/// <summary><c>"exact phrase"</c>, or with <c>~n</c> its words at most <paramref name="Slop"/> moves apart.</summary>
public sealed record PhraseNode(string Text, int Slop, SourceSpan Span) : QueryNode(Span);

/// <summary><c>informát*</c>: words starting with <paramref name="Stem"/> (as typed; the backend folds it like the index).</summary>
public sealed record PrefixNode(string Stem, SourceSpan Span) : QueryNode(Span);

/// <summary><c>inform?tico</c>: <c>?</c> stands for one character, <c>*</c> inside a word for any run.</summary>
public sealed record WildcardNode(string Pattern, SourceSpan Span) : QueryNode(Span);

/// <summary><c>acesso~1</c>: words within <paramref name="Edits"/> typing edits of <paramref name="Text"/>.</summary>
public sealed record FuzzyNode(string Text, int Edits, SourceSpan Span) : QueryNode(Span);

/// <summary>
/// An article number: <c>art:269A</c> (<paramref name="Required"/>: only provisions so numbered) or a reference
/// recognized among the words ("artículo 269A", "154-A"), which ranks provisions so numbered first.
/// </summary>
public sealed record ArticleNode(string Number, bool Required, SourceSpan Span) : QueryNode(Span);

/// <summary><c>country:CO</c>, <c>lang:es</c>, <c>offence:illegal-access</c>, <c>statute:…</c>: narrows, never ranks.</summary>
public sealed record FilterNode(QueryField Field, string Value, SourceSpan Span) : QueryNode(Span);

/// <summary><c>year:2009..2012</c> (both ends included) or <c>year:2009</c>: narrows, never ranks.</summary>
public sealed record YearRangeNode(int From, int To, SourceSpan Span) : QueryNode(Span);

/// <summary><c>heading:acceso</c>, <c>notes:"…"</c>: the inner words searched in that field only.</summary>
public sealed record FieldScopeNode(QueryField Field, QueryNode Inner, SourceSpan Span) : QueryNode(Span);

/// <summary>How two parts must lie to each other.</summary>
public enum ProximityKind
{
    /// <summary><c>NEAR/n</c>, <c>w/n</c>, <c>/n</c>: at most n words apart, either order.</summary>
    Near,

    /// <summary><c>PRE/n</c>: the left part first, at most n words before the right part.</summary>
    Before,

    /// <summary><c>/s</c>: in the same sentence.</summary>
    Sentence,

    /// <summary><c>/p</c>: in the same paragraph.</summary>
    Paragraph,
}

/// <summary><c>a NEAR/5 b</c>, <c>a PRE/3 b</c>, <c>a /s b</c>, <c>a /p b</c>; <paramref name="Distance"/> counts words (0 for /s and /p).</summary>
public sealed record ProximityNode(QueryNode Left, QueryNode Right, ProximityKind Kind, int Distance, SourceSpan Span) : QueryNode(Span);

/// <summary>How the parts of a group combine.</summary>
public enum BooleanKind
{
    /// <summary>Parts side by side with no operator: any may match, provisions with all of them rank first.</summary>
    Ranked,

    /// <summary><c>a AND b</c>: every part must match.</summary>
    All,

    /// <summary><c>a OR b</c>: any part may match.</summary>
    Any,
}

/// <summary>A group of parts (a whole query, a parenthesized group, an AND or OR chain).</summary>
public sealed record BooleanNode(BooleanKind Kind, IReadOnlyList<QueryNode> Children, SourceSpan Span) : QueryNode(Span);

/// <summary><c>NOT x</c> or <c>-x</c>: provisions matching x are left out, whatever else (expansion included) matches them.</summary>
public sealed record NotNode(QueryNode Inner, SourceSpan Span) : QueryNode(Span);

/// <summary><c>acceso^2</c>: the part weighs <paramref name="Boost"/> times as much in the ranking.</summary>
public sealed record BoostNode(QueryNode Inner, float Boost, SourceSpan Span) : QueryNode(Span);

/// <summary>A parsed query: the tree and the text it was read from (spans point into it).</summary>
public sealed record QueryTree(QueryNode Root, string Source)
{
    /// <summary>The text of a part as the user typed it.</summary>
    public string TextOf(QueryNode node) => Source.Substring(node.Span.Start, node.Span.Length);
}

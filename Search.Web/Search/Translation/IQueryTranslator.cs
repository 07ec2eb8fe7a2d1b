namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// Translates what a user typed into the other search languages, so a query crosses languages for concepts no
/// lexicon knows. Takes the query's positive words and phrases (never operators, fields or excluded words) and
/// returns weighted clauses: one text per target language and term, to be searched in that language's field with
/// less weight than the words the user typed.
/// </summary>
public interface IQueryTranslator
{
    /// <summary>False when no translation engine is installed: search then runs on the user's words and the lexicon only.</summary>
    bool Available { get; }

    /// <summary>The translations of <paramref name="terms"/> into each of <paramref name="targetLanguages"/> other than the query's own.</summary>
    QueryTranslation Translate(IReadOnlyList<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages);
}

/// <summary>A positive part of the query: a run of bare words, or a quoted phrase.</summary>
public sealed record QueryTerm(string Text, bool IsPhrase);

/// <summary>What translation added: the language the query was read as, and the clauses to search.</summary>
public sealed record QueryTranslation(string? SourceLanguage, IReadOnlyList<TranslatedClause> Clauses)
{
    public static QueryTranslation None { get; } = new(null, []);

    /// <summary>
    /// The target languages the query could not be translated into because a translation pipeline failed or did not
    /// answer in time (not because a dictionary lacks the words): the search went on without them, and says so.
    /// </summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];
}

/// <summary>One translated term, searched in <paramref name="Language"/>'s field with <paramref name="Weight"/> (the user's words weigh 1).</summary>
/// <param name="Source">The user's words this translates, as typed.</param>
public sealed record TranslatedClause(string Language, string Text, bool IsPhrase, float Weight, string Source)
{
    /// <summary>
    /// A word no dictionary knows, searched in <see cref="Language"/> by its opening letters (<see cref="Text"/> is the
    /// prefix): legal vocabulary is full of cognates ("interceptação", "interceptación", "interception").
    /// </summary>
    public bool IsCognate { get; init; }

    /// <summary>
    /// The words of a <see cref="LegalGlossary"/> entry the query names (<see cref="Source"/>): alternatives searched
    /// one by one, never as a whole.
    /// </summary>
    public bool IsGlossary { get; init; }

    /// <summary>
    /// A glossary notion the first ranking's best hit names in its heading, not the query (<see cref="Backend.Lucene.GlossaryFeedback"/>):
    /// <see cref="Source"/> is the notion.
    /// </summary>
    public bool IsFedBack { get; init; }

    /// <summary>Translated through a pivot language's two dictionaries (en → es → pt), not by one.</summary>
    public bool ThroughPivot { get; init; }

    /// <summary>A dictionary's translation of the user's words (not a cognate prefix, not glossary alternatives): searched whole too, and read for the concepts it names.</summary>
    public bool IsTranslation => !IsCognate && !IsGlossary;

    /// <summary>"es: acceso no autorizado" — how a hit matched, for matchedVia and "also searched".</summary>
    public override string ToString() => IsCognate ? $"{Language}: {Text}*" : $"{Language}: {Text}";
}

using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Caching;

namespace LegalSearch.Indexer.Classification;

/// <summary>A concept found in a query: its offence code and the lexicon term (with its language) that named it.</summary>
public sealed record ConceptHit(string Code, string Language, string Term)
{
    /// <summary>The translation of the query that named the concept, when the query's own words named none.</summary>
    public string? Translation { get; init; }
}

/// <summary>
/// Finds the lexicon concepts a user's words name, in any language. Each term is compared with the query through
/// the analyzer of the term's own language (stemmed), both folded first (lower case, no accents), so "accesos
/// ilicitos" still names "acceso ilícito" and "interceptação de comunicações" names "interceptacao de comunicacoes". Users type shorter than statutes write, so the first <see cref="QueryPrefixTokens"/> words of a
/// longer term are enough ("unauthorized access" names "unauthorized access to a computer"); a term named whole may
/// have <see cref="WordsBetween"/> other word between two of its words; and failing that, most
/// of a term's words in any order (<see cref="ConceptWords"/>). The offence labels
/// of <see cref="OffenceCatalog"/> count as terms too.
/// </summary>
public sealed class ConceptMatcher
{
    private readonly IReadOnlyList<(string Code, string Language, string Term, IReadOnlyList<string> Tokens)> terms;


    public ConceptMatcher(ConceptLexicon lexicon)
    {
        var entries = new List<(string, string, string, IReadOnlyList<string>)>();
        foreach (var (code, language, term) in AllTerms(lexicon).Distinct())
        {
            var tokens = LanguageWords.Of(language, term);
            if (tokens.Count > 0) entries.Add((code, language, term, tokens));
        }
        terms = entries;
        words = new ConceptWords(entries.Select(e => (e.Item1, e.Item2, e.Item4)));
        languages = [.. entries.Select(e => e.Item2).Distinct(StringComparer.Ordinal)];
        byFirstWord = entries.Select((entry, index) => (entry, index))
            .GroupBy(x => (x.entry.Item2, x.entry.Item4[0]), x => x.index)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g]);
    }

    /// <summary>
    /// Each language's terms by their first word (positions in <see cref="terms"/>): a term is named whole or by its
    /// opening only if the text holds its first word, so only those terms are compared, not all ~700 for every text.
    /// </summary>
    private readonly IReadOnlyDictionary<(string Language, string First), IReadOnlyList<int>> byFirstWord;

    /// <summary>The languages the terms are written in.</summary>
    private readonly IReadOnlyList<string> languages;

    /// <summary>Terms named by their words, when no term is named whole or by its opening.</summary>
    private readonly ConceptWords words;

    /// <summary>
    /// Other words allowed between two words of a term named whole: "daño a los datos informáticos" names "daño
    /// informático" (the statutes' heading) as a reader would. Chosen on the development sets: 1 raised the first
    /// held-out set 0.834 / 0.710 / 0.819 → 0.843 / 0.723 / 0.834 and the third 0.551 / 0.445 / 0.593 → 0.558 / 0.454 /
    /// 0.604 (recall@10 / nDCG@10 / MRR), the tuning set unchanged; 2 was the same as 1. The same gap in the legal
    /// glossary's wordings lowered the third set (0.551): they stay runs.
    /// </summary>
    public const int WordsBetween = 1;

    /// <summary>How many leading words of a lexicon term a query must contain to name the concept.</summary>
    public const int QueryPrefixTokens = 2;

    public static ConceptMatcher Default { get; } = new(ConceptLexicon.Default);

    /// <summary>
    /// The concepts named in <paramref name="text"/>, one hit per code (its longest matching term). Whole-term
    /// matches win: prefix matches count only when no term matched whole, so "atteinte à l'intégrité des données"
    /// names data interference and not also "atteinte à l'intégrité du système". When neither named any, the terms of
    /// <paramref name="wordsLanguage"/> (the language the text is written in, when known) that the text names by
    /// their words (<see cref="ConceptWords"/>): only in that language, because read through another language's
    /// stemmer a text's words look like that language's words by accident.
    /// </summary>
    public IReadOnlyList<ConceptHit> Find(string text, string? wordsLanguage = null) => Found(text, null, wordsLanguage);

    /// <summary>The concepts <paramref name="text"/> names by the wording (or opening) of a term of <paramref name="language"/> only: a machine translation, whose words are too loose to be read one by one.</summary>
    public IReadOnlyList<ConceptHit> FindIn(string language, string text) => Found(text, language, null);

    /// <summary>At most this many texts' concepts are kept (a text, a language or two and a few hits each).</summary>
    public const int Capacity = 4_096;

    /// <summary>
    /// The concepts each text was found to name, by text and languages: the lexicon never changes, so a text names the
    /// same concepts every time; queries repeat (and a query's translations with it), and matching a text compared it
    /// through five stemmers and, failing a whole term, with every term of its language by words, about half of parsing
    /// a query (perf, bench/README.md, ninth round). Bounded: past <see cref="Capacity"/> texts all are dropped and found again.
    /// </summary>
    private readonly BoundedCache<(string Text, string? OnlyLanguage, string? WordsLanguage), ConceptHit[]> found = new(Capacity);

    /// <summary>How many texts' concepts are kept (tests).</summary>
    public int Kept => found.Count;

    private ConceptHit[] Found(string text, string? onlyLanguage, string? wordsLanguage) =>
        found.GetOrAdd((text, onlyLanguage, wordsLanguage), this, static (key, matcher) => matcher.Match(key.Text, key.OnlyLanguage, key.WordsLanguage));

    /// <summary>The concepts matched anew (<see cref="Find(string, string?)"/>, <see cref="FindIn"/>); what <see cref="Found"/> keeps.</summary>
    internal ConceptHit[] Match(string text, string? onlyLanguage, string? wordsLanguage)
    {
        // Terms are stored folded (ConceptLexicon.NormalizePhrase); the query is folded the same way before analysis,
        // or a stemmer that reads accents cuts "interceptação" and "interceptacao" differently.
        text = ConceptLexicon.NormalizePhrase(text);
        var analyzed = new Dictionary<string, IReadOnlyList<string>>();
        var whole = new Dictionary<string, ConceptHit>();
        var prefix = new Dictionary<string, ConceptHit>();
        foreach (var language in languages.Where(l => onlyLanguage is null || l == onlyLanguage)) analyzed[language] = LanguageWords.Of(language, text);
        // The terms whose first word the text holds, in lexicon order (the longest term of a code wins, the first on a tie).
        var candidates = analyzed
            .SelectMany(kv => kv.Value.Distinct(StringComparer.Ordinal).SelectMany(token => byFirstWord.TryGetValue((kv.Key, token), out var found) ? found : []))
            .Distinct().Order();
        foreach (var index in candidates)
        {
            var (code, language, term, tokens) = terms[index];
            var queryTokens = analyzed[language];
            if (TokenList.ContainsInOrder(queryTokens, tokens, WordsBetween)) Keep(whole, new ConceptHit(code, language, term));
            else if (tokens.Count > QueryPrefixTokens && TokenList.ContainsRun(queryTokens, [.. tokens.Take(QueryPrefixTokens)]))
            {
                Keep(prefix, new ConceptHit(code, language, term));
            }
        }
        if (whole.Count > 0) return [.. whole.Values];
        if (prefix.Count > 0) return [.. prefix.Values];
        if (wordsLanguage is null || !analyzed.TryGetValue(wordsLanguage, out var wordsTokens)) return [];
        var byWords = new Dictionary<string, (ConceptHit Hit, double Score)>();
        foreach (var (code, language, term, tokens) in terms)
        {
            if (language == wordsLanguage && words.Score(language, tokens, wordsTokens) is { } score && score > byWords.GetValueOrDefault(code).Score)
            {
                byWords[code] = (new ConceptHit(code, language, term), score);
            }
        }
        // By words, only the best-named concepts: "interception of computer data" names interception, not every concept with "data".
        var best = byWords.Count == 0 ? 0 : byWords.Values.Max(v => v.Score);
        return [.. byWords.Values.Where(v => v.Score == best).Select(v => v.Hit)];
    }


    private static void Keep(Dictionary<string, ConceptHit> hits, ConceptHit hit)
    {
        if (!hits.TryGetValue(hit.Code, out var previous) || previous.Term.Length < hit.Term.Length) hits[hit.Code] = hit;
    }

    private static IEnumerable<(string Code, string Language, string Term)> AllTerms(ConceptLexicon lexicon)
    {
        foreach (var (code, languages) in lexicon.Concepts)
        {
            foreach (var (language, list) in languages)
            {
                foreach (var term in list) yield return (code, language, term);
            }
        }
        foreach (var offence in OffenceCatalog.All)
        {
            foreach (var (language, label) in offence.Labels) yield return (offence.Code, language, ConceptLexicon.NormalizePhrase(label));
        }
    }
}

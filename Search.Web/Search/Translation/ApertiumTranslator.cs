using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Languages;
using Microsoft.Extensions.Caching.Memory;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// Query translation with Apertium: en↔es, es↔pt and fr↔es, the other pairs through Spanish. The query's language
/// is the one whose dictionaries know most of its words (fewest words Apertium marks unknown). Translations are cached; the pipelines stay warm (<see cref="ApertiumPipeline"/>).
/// Unknown words are kept as typed. A translation that only repeats the user's words adds nothing and is dropped.
/// Beside the dictionaries' translation: cognates of the words they do not know (<see cref="Cognate"/>) and the legal
/// glossary's words for the notions the query names (<see cref="LegalGlossary"/>).
/// </summary>
public sealed class ApertiumTranslator : IQueryTranslator, IDisposable
{
    /// <summary>Weight factor of a translation made through Spanish (two hops lose more meaning than one).</summary>
    public const float PivotFactor = 0.8f;

    private const string Pivot = ApertiumPairs.Pivot;

    private readonly IReadOnlyDictionary<(string From, string To), ApertiumPipeline> pipelines;
    private readonly MemoryCache cache;
    private readonly float weight;

    private ApertiumTranslator(IReadOnlyDictionary<(string, string), ApertiumPipeline> pipelines, TranslationOptions options)
    {
        this.pipelines = pipelines;
        weight = options.Weight;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheEntries });
    }

    public bool Available => true;

    /// <summary>The pipelines this translator runs (for warming them at start-up).</summary>
    public IEnumerable<ApertiumPipeline> Pipelines => pipelines.Values;

    /// <summary>A translator over the installed pairs, or null when no pair's mode file is installed.</summary>
    public static ApertiumTranslator? Create(TranslationOptions options, ILogger logger)
    {
        if (!options.Enabled) return null;
        var found = new Dictionary<(string, string), ApertiumPipeline>();
        foreach (var (languages, pair) in ApertiumPairs.All)
        {
            if (ApertiumMode.Load(options.ModesPath, pair) is { } mode) found[languages] = new ApertiumPipeline(mode, logger);
        }
        return found.Count == 0 ? null : new ApertiumTranslator(found, options);
    }

    /// <summary>
    /// The query's translation, cached whole per terms and target languages beside the pipelines' outputs: a repeated
    /// query no longer detects its language, reads the glossary and joins the clauses again from the cached outputs
    /// (about a twelfth of a warm search, dotnet-trace, bench/README.md, eighth round). A translation during which a
    /// pipeline failed is not kept, so the next request tries again, as it does for the failed output itself.
    /// </summary>
    public QueryTranslation Translate(IReadOnlyList<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages)
    {
        var key = new QueryKey(string.Join('\u001f', terms.Select(t => t.IsPhrase ? $"\"{t.Text}" : t.Text)), string.Join(',', targetLanguages));
        if (cache.TryGetValue(key, out QueryTranslation? known)) return known!;
        var failed = new List<string>();
        var translation = TranslateUncached(terms, targetLanguages, failed);
        if (failed.Count == 0) cache.Set(key, translation, new MemoryCacheEntryOptions { Size = 1 });
        return translation;
    }

    /// <summary>A query's terms (a phrase marked by its opening quote) and its target languages, as a cache key.</summary>
    private sealed record QueryKey(string Terms, string Targets);

    /// <param name="failed">Gets the pair of each pipeline run that failed while translating, one entry a run.</param>
    private QueryTranslation TranslateUncached(IReadOnlyList<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages, List<string> failed)
    {
        var texts = terms.Select(t => ApertiumText.Clean(t.Text)).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0) return QueryTranslation.None;
        if (SourceLanguage(string.Join(". ", texts), failed) is not { } source)
        {
            return failed.Count == 0 ? QueryTranslation.None : QueryTranslation.None with { Unanswered = [.. targetLanguages.Where(t => pipelines.Keys.Any(pair => pair.To == t))] };
        }
        var clauses = new List<TranslatedClause>();
        var unanswered = new List<string>();
        foreach (var term in terms)
        {
            var text = ApertiumText.Clean(term.Text);
            if (text.Length == 0) continue;
            foreach (var target in targetLanguages.Where(t => t != source))
            {
                var failedBefore = failed.Count;
                if (Into(source, target, text, failed) is not { } translated)
                {
                    if (failed.Count > failedBefore && !unanswered.Contains(target)) unanswered.Add(target);
                    continue;
                }
                var clause = new TranslatedClause(target, translated.Text, term.IsPhrase, weight * (translated.Hops > 1 ? PivotFactor : 1), term.Text) { ThroughPivot = translated.Hops > 1 };
                if (ApertiumText.AddsWords(text, translated.Text) && !clauses.Any(c => c.Language == target && c.Text == clause.Text)) clauses.Add(clause);
            }
        }
        clauses.AddRange(Cognates(source, terms.Where(t => !t.IsPhrase), targetLanguages, failed));
        var glossary = Glossary(source, terms.Where(t => !t.IsPhrase), targetLanguages).ToList();
        clauses.AddRange(glossary.Count > 0 ? glossary : GlossaryOfTranslations(clauses, targetLanguages));
        return new QueryTranslation(source, clauses) { Unanswered = unanswered };
    }

    /// <summary>
    /// Weight of a glossary notion's words relative to a translation (tuning set: 0.5, 1 and 1.5 alike, 1 best on
    /// nDCG; the first held-out set rose 0.745 → 0.781 at 1, but the glossary was written after reading its misses).
    /// </summary>
    public const float GlossaryFactor = 1f;

    /// <summary>The <see cref="LegalGlossary"/> words of the notions the terms name, in each target language, weighed as a translation.</summary>
    private IEnumerable<TranslatedClause> Glossary(string source, IEnumerable<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages)
    {
        return GlossaryClauses(terms.SelectMany(term => LegalGlossary.Default.Renderings(term.Text, source, targetLanguages)));
    }

    /// <summary>
    /// When the query's own words name no glossary notion, the notions its translations name (a translation read in its
    /// own language), in every other target language: the user's wording may not be an entry's while the dictionary's
    /// rendering is. Only then (tuning set without the lexicon: recall@10 0.507 → 0.510, MRR 0.595 → 0.607, with it and
    /// on the first held-out set unchanged); also reading the translations when the words name some lost nDCG on both.
    /// </summary>
    /// <remarks>The translations are copied first: the caller adds the result to the list they come from.</remarks>
    private IEnumerable<TranslatedClause> GlossaryOfTranslations(IEnumerable<TranslatedClause> translations, IReadOnlyCollection<string> targetLanguages) =>
        GlossaryClauses(translations.Where(c => c.IsTranslation && !c.IsPhrase).ToList()
            .SelectMany(c => LegalGlossary.Default.Renderings(c.Text, c.Language, [.. targetLanguages.Where(t => t != c.Language)])));

    /// <summary>One clause per notion and language, its words as alternatives, weighed as a translation.</summary>
    private IEnumerable<TranslatedClause> GlossaryClauses(IEnumerable<LegalGlossary.Rendering> renderings) =>
        renderings
            .DistinctBy(r => (r.Notion, r.Language))
            .Select(r => new TranslatedClause(r.Language, string.Join(' ', r.Words), false, weight * GlossaryFactor, r.Notion) { IsGlossary = true });

    /// <summary>
    /// The words of <paramref name="terms"/> that the source dictionary does not know, as prefix clauses in every target
    /// language (<see cref="Cognate"/>): where the dictionaries stop, the cognate may still be the statute's word.
    /// </summary>
    private IEnumerable<TranslatedClause> Cognates(string source, IEnumerable<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages, List<string> failed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var text = ApertiumText.Clean(term.Text);
            if (text.Length == 0 || Run(source, ApertiumPairs.FirstStep(source), text, failed) is not { } output) continue;
            foreach (var word in ApertiumText.Unknown(output))
            {
                if (Cognate.PrefixOf(word) is not { } prefix || !seen.Add(prefix)) continue;
                foreach (var target in targetLanguages.Where(t => t != source))
                {
                    yield return new TranslatedClause(target, prefix, false, weight * Cognate.Factor, word) { IsCognate = true };
                }
            }
        }
    }

    /// <summary>
    /// The language the query is most probably written in: fewest words Apertium does not know (at least one word
    /// known). Cognates tie often ("sexual harassment", "pornografia infantil"); a tie goes to the language whose
    /// function words the query uses (<see cref="LanguageDetector"/>), then to the first of <see cref="ApertiumPairs.Sources"/>.
    /// The languages are tried in that tie-break order, and the first whose dictionary knows every word is the answer
    /// without running the rest: none can know more, and it wins any tie. A query whose words its own dictionary all
    /// knows stops there, after the languages before it in that order (English first when it uses no function word),
    /// instead of always running four analyses, each a pipeline round trip: detection had twice the time of the
    /// translations themselves in a new query's search (dotnet-trace, bench/README.md, eleventh round).
    /// <c>SourceLanguageTests</c> checks the answer against trying all four on every evaluation query.
    /// </summary>
    private string? SourceLanguage(string text, List<string> failed)
    {
        var order = TieBreakOrder(LanguageDetector.Scores(text));
        var unknown = new Dictionary<string, int>();
        foreach (var source in order)
        {
            if (Run(source, ApertiumPairs.FirstStep(source), text, failed) is not { } output) continue;
            unknown[source] = ApertiumText.UnknownWords(output);
            if (unknown[source] == 0) break;
        }
        if (unknown.Count == 0) return null;
        var fewest = unknown.Values.Min();
        if (fewest >= ApertiumText.WordCount(text)) return null;
        return order.First(l => unknown.TryGetValue(l, out var count) && count == fewest);
    }

    /// <summary>The source languages, those whose function words the query uses most first, then in <see cref="ApertiumPairs.Sources"/> order.</summary>
    private static List<string> TieBreakOrder(IReadOnlyDictionary<string, int> profile) =>
        [.. ApertiumPairs.Sources.Select((language, index) => (language, index))
            .OrderByDescending(l => profile.GetValueOrDefault(l.language))
            .ThenBy(l => l.index)
            .Select(l => l.language)];

    /// <param name="failed">Gets the pair of each pipeline that failed on the way.</param>
    private (string Text, int Hops)? Into(string source, string target, string text, List<string> failed)
    {
        if (pipelines.ContainsKey((source, target))) return Run(source, target, text, failed) is { } direct ? (ApertiumText.Words(direct), 1) : null;
        if (source == Pivot || target == Pivot || Run(source, Pivot, text, failed) is not { } spanish) return null;
        return Run(Pivot, target, ApertiumText.Words(spanish), failed) is { } pivoted ? (ApertiumText.Words(pivoted), 2) : null;
    }

    /// <summary>The raw Apertium output (unknown words still marked), cached per pair and text; null when the pair is not installed or its pipeline failed (then its pair goes into <paramref name="failed"/>).</summary>
    private string? Run(string source, string target, string text, List<string> failed)
    {
        if (!pipelines.TryGetValue((source, target), out var pipeline)) return null;
        var key = (pipeline.Pair, text);
        if (cache.TryGetValue(key, out string? cached)) return cached;
        var output = pipeline.Translate(text);
        if (output is not null)
        {
            cache.Set(key, output, new MemoryCacheEntryOptions { Size = 1 });
        }
        else
        {
            failed.Add(pipeline.Pair);
        }
        return output;
    }

    public void Dispose()
    {
        foreach (var pipeline in pipelines.Values) pipeline.Dispose();
        cache.Dispose();
    }
}

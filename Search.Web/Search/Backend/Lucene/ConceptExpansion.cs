using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Cross-language expansion: for each concept the query names, the concept's terms in every allowed language
/// (as phrases in that language's stemmed field) and the provisions classified under the concept's code.
/// Weights sit below the user's own words, which stay the strongest signal.
/// </summary>
internal sealed class ConceptExpansion(ConceptLexicon lexicon)
{
    /// <summary>Weight of a lexicon phrase in another wording or language, relative to the user's words (1).</summary>
    public const float TermWeight = 0.6f;

    /// <summary>Weight of a provision's classification under the concept.</summary>
    public const float OffenceWeight = 3f;

    /// <summary>Weight of the named term as a phrase in its own language: the original-language words rank highest.</summary>
    public const float OwnTermWeight = 1f;

    /// <summary>One phrase builder (and analyzer) per language for the life of the parser, not per request.</summary>
    private readonly ConcurrentDictionary<string, QueryBuilder> builders = new(StringComparer.Ordinal);

    /// <summary>
    /// Each lexicon wording's phrase in its language's field, analysed once for the life of the parser rather than for
    /// every query naming its concept (a fortieth of a search, dotnet-trace, bench/README.md, eighth round). The lexicon
    /// is fixed, so this holds at most one query per wording; the queries are shared by every search and never changed
    /// (the expansion's weight is set on the disjunction around them).
    /// </summary>
    private readonly ConcurrentDictionary<(string Language, string Term), Query?> wordings = new();

    public Query? Build(IReadOnlyList<ConceptHit> hits, IReadOnlyList<string> languages)
    {
        if (hits.Count == 0) return null;
        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var hit in hits)
        {
            expansion.Add(new TermQuery(new Term(IndexFields.Offence, hit.Code)) { Boost = OffenceWeight }, Occur.SHOULD);
            var phrases = PhrasesFor(hit.Code, languages);
            if (phrases.Disjuncts.Count > 0) expansion.Add(phrases, Occur.SHOULD);
            if (languages.Contains(hit.Language) && OwnPhrase(hit) is { } own) expansion.Add(own, Occur.SHOULD);
        }
        return expansion;
    }

    /// <summary>
    /// Weight of a provision's classification under a code fed back by <see cref="ClassificationFeedback"/>: a third of a
    /// named concept's, and searched beside the words rather than counting as holding every part of the query.
    /// </summary>
    public const float FeedbackWeight = 1f;

    /// <summary>The provisions classified under <paramref name="codes"/>, the codes a first ranking's best hits share (<see cref="ClassificationFeedback"/>).</summary>
    public static Query? Feedback(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) return null;
        var feedback = new BooleanQuery(disableCoord: true);
        foreach (var code in codes) feedback.Add(new TermQuery(new Term(IndexFields.Offence, code)) { Boost = FeedbackWeight }, Occur.SHOULD);
        return feedback;
    }

    private QueryBuilder BuilderFor(string language) => builders.GetOrAdd(language, l => new QueryBuilder(AnalyzerFactory.ForLanguage(l)));

    private Query? OwnPhrase(ConceptHit hit)
    {
        var phrase = BuilderFor(hit.Language).CreatePhraseQuery(IndexFields.TextIn(hit.Language), hit.Term);
        if (phrase is not null) phrase.Boost = OwnTermWeight;
        return phrase;
    }

    /// <summary>The best-matching phrase of the concept per language field (max, so a concept with many wordings does not outweigh one with few).</summary>
    private DisjunctionMaxQuery PhrasesFor(string code, IReadOnlyList<string> languages)
    {
        var phrases = new DisjunctionMaxQuery(0.1f) { Boost = TermWeight };
        if (!lexicon.Concepts.TryGetValue(code, out var byLanguage)) return phrases;
        foreach (var language in languages)
        {
            if (!byLanguage.TryGetValue(language, out var terms)) continue;
            foreach (var term in terms)
            {
                var query = wordings.GetOrAdd((language, term), key => BuilderFor(key.Language).CreatePhraseQuery(IndexFields.TextIn(key.Language), key.Term));
                if (query is not null) phrases.Add(query);
            }
        }
        return phrases;
    }
}

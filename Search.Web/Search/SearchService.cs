using System.Diagnostics;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend;
using LegalSearch.Indexer.Languages;
using LegalSearch.Web.Limits;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Options;

namespace LegalSearch.Web.Search;

/// <summary>
/// Runs a validated <see cref="SearchRequest"/>: translates the query's words into the other languages
/// (<see cref="IQueryTranslator"/>), ranks on the search backend (with the offence codes the first hits share and the
/// glossary notions the first hit's heading names fed back, <see cref="SearchSpec.Feedback"/>) and presents one page of hits for /api/search and
/// /search, with what was also searched (<see cref="Expansion"/>) and how each hit matched; each search within its
/// budget (<c>Limits:SearchBudgetMs</c>), stopped when the caller cancels.
/// </summary>
public sealed class SearchService(ISearchBackend backend, IQueryTranslator translator, IOptions<LimitsOptions>? limits = null)
{
    private readonly ConceptLexicon lexicon = ConceptLexicon.Default;
    private readonly TimeSpan budget = (limits?.Value ?? new LimitsOptions()).SearchBudget;

    public SearchResponse Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        IndexValues.Check(backend, request);
        var translation = Translate(request);
        var spec = Spec(request, translation) with { Texts = false };
        var result = request.Sort == SearchSort.Statute ? StatuteOrder.Page(backend, spec) : backend.Search(spec, cancellationToken);
        result = result with { Facets = FacetsAcrossFilters.Counts(backend, spec, result) };
        var hits = result.Hits.Select(hit => ToHit(hit, result.Concepts, result.FedBack)).ToList();
        return new SearchResponse(request.Query, result.Total, request.Page, request.Size,
            Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), hits, result.Interpretation + Unanswered(translation), result.Facets, Expansions(translation, result, request.Languages));
    }

    /// <summary>" · not translated into fr: …" when a translation pipeline failed, so a lawyer knows the search is incomplete.</summary>
    private static string Unanswered(QueryTranslation translation) =>
        translation.Unanswered.Count == 0 ? ""
            : $" · not translated into {string.Join(", ", translation.Unanswered)}: the translation engine did not answer, so provisions only in "
              + (translation.Unanswered.Count == 1 ? "that language" : "those languages") + " may be missing (try again)";

    /// <summary>The ranked page before presentation (what the retrieval evaluation measures); <paramref name="snippets"/> false skips highlighting.</summary>
    public SearchResult Rank(SearchRequest request, bool snippets = true) => Rank(request, Translate(request), snippets);

    /// <summary>
    /// The query's positive bare words in the other searched languages (none when translation is off or unavailable).
    /// Quoted phrases are not translated: quoting asks for exactly that wording.
    /// </summary>
    public QueryTranslation Translate(SearchRequest request) =>
        request.Translate && translator.Available
            ? translator.Translate([.. PositiveTerms.Of(request.Tree).Where(t => !t.IsPhrase)], Searched(request.Languages))
            : QueryTranslation.None;

    private SearchResult Rank(SearchRequest request, QueryTranslation translation, bool snippets = true, CancellationToken cancellationToken = default) =>
        backend.Search(Spec(request, translation, snippets), cancellationToken);

    private SearchSpec Spec(SearchRequest request, QueryTranslation translation, bool snippets = true) =>
        request.ToSpec(snippets) with { Translations = translation.Clauses, QueryLanguage = translation.SourceLanguage, Budget = budget, Feedback = true };

    private static IReadOnlyList<string> Searched(IReadOnlyList<string> languages) => languages.Count > 0 ? languages : IndexFields.Languages;

    private List<Expansion> Expansions(QueryTranslation translation, SearchResult result, IReadOnlyList<string> languages)
    {
        var expansions = translation.Clauses.Select(c => c switch
        {
            { IsCognate: true } => new Expansion(c.Language, $"{c.Text}*", $"cognate of “{c.Source}”, which the {translation.SourceLanguage} dictionary does not know"),
            { IsGlossary: true } => new Expansion(c.Language, c.Text, $"legal glossary: “{c.Source}”"),
            _ => new Expansion(c.Language, c.Text, $"translation from {translation.SourceLanguage}"),
        }).ToList();
        foreach (var code in result.Concepts)
        {
            if (!lexicon.Concepts.TryGetValue(code, out var byLanguage)) continue;
            foreach (var language in Searched(languages).Where(byLanguage.ContainsKey))
            {
                var term = byLanguage[language].FirstOrDefault();
                if (term is not null) expansions.Add(new Expansion(language, term, $"concept {code}"));
            }
        }
        expansions.AddRange(result.FedBackNotions.Select(c => new Expansion(c.Language, c.Text, $"legal glossary, as the first hit's heading names “{c.Source}”")));
        expansions.AddRange(result.FedBack.Select(code => new Expansion(Expansion.AnyLanguage, $"offence:{code}", $"classification of the first hits: {code}")));
        return expansions;
    }

    private static SearchHit ToHit(RankedProvision hit, IReadOnlyList<string> concepts, IReadOnlyList<string> fedBack)
    {
        var provision = ProvisionView.From(hit.Provision);
        var matchedVia = concepts
            .Where(provision.Offences.Contains)
            .Select(Label)
            .Concat(hit.Translations.Select(t => t.IsFedBack ? $"legal glossary {t}, as the first hit's heading names “{t.Source}”" : $"translation {t}"))
            .Concat(fedBack.Where(provision.Offences.Contains).Select(code => $"{Label(code)}, as the first hits are classified"))
            .ToList();
        return new SearchHit(
            provision.Id, provision.StatuteId, provision.Country, provision.Language, provision.Title, provision.Year,
            provision.Article, provision.Heading, provision.Path, provision.Offences, Math.Round(hit.Score, 3),
            hit.Snippet ?? "", provision.Url, provision.Source, provision.Ocr, matchedVia, provision.Kind, provision.Edition, hit.Editions)
        {
            LawNumber = provision.LawNumber,
            SourceUrl = provision.SourceUrl,
        };
    }

    private static string Label(string code) => OffenceCatalog.All.First(o => o.Code == code).Labels[LanguageRegistry.Interface];
}

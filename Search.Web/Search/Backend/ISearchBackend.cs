using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend;

/// <summary>
/// The search engine behind the services (search, statutes, compare, /health): ranking with filters and facets,
/// snippets, fetching provisions and whole statutes, the statute catalog and index counts. Requests and results are
/// engine-neutral; provisions come back as their stored values, read through the field definitions
/// (<see cref="ProvisionSchema"/>). Implemented for Lucene in <c>Backend/Lucene/</c>; another engine
/// (OpenSearch, for collections beyond one machine) implements this interface and nothing above it changes.
/// </summary>
public interface ISearchBackend
{
    /// <summary>
    /// One page of ranked provisions for the spec, with facet counts over every match. Stops with
    /// <see cref="SearchBudgetExceededException"/> when finding and ranking outrun <see cref="SearchSpec.Budget"/>
    /// (snippets past it are the opening of the text), and with
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires (the client went away).
    /// </summary>
    SearchResult Search(SearchSpec spec, CancellationToken cancellationToken = default);

    /// <summary>
    /// Only the facet counts of <see cref="Search"/> for the spec (facet → value → count, over every match): no ranking,
    /// no page, no snippets, no feedback (<see cref="SearchSpec.FedBack"/> is searched as given). Within the budget as
    /// <see cref="Search"/> is.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(SearchSpec spec, CancellationToken cancellationToken = default);

    /// <summary>
    /// The texts (one language) with what the query matches in each marked, HTML-encoded with only &lt;mark&gt; as
    /// markup, the way snippets mark (spans for proximity); null for a text with nothing marked.
    /// </summary>
    IReadOnlyList<string?> Mark(Parsing.QueryTree query, IReadOnlyList<string> texts, string language);

    /// <summary>The provision with this id ("{statuteId}/art-{slug}"), or null.</summary>
    StoredProvision? FindProvision(string provisionId);

    /// <summary>Every provision of one statute in statute order; empty when the index has no such statute.</summary>
    IReadOnlyList<StoredProvision> StatuteProvisions(string statuteId);

    /// <summary>Every provision classified under an offence code, of any kind and country (the comparison chooses).</summary>
    IReadOnlyList<StoredProvision> ProvisionsWithOffence(string offenceCode);

    /// <summary>One line per statute in the index, by country then title.</summary>
    IReadOnlyList<StatuteSummary> Catalog();

    /// <summary>Counts of what the index holds, for /health.</summary>
    IndexStatistics Statistics();
}

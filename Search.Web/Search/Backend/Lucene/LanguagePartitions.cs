using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Collects the best <c>size</c> hits of each language separately (the language's facet doc values say which), so
/// the languages can be merged by normalized score (<see cref="Merging.LanguageMerge"/>) rather than by BM25 scores that are not
/// comparable across language fields and translations. A document without a language goes to the partition "".
/// </summary>
internal sealed class LanguagePartitions(int size) : ICollector
{
    private readonly Dictionary<string, TopScoreDocCollector> byLanguage = new(StringComparer.Ordinal);
    private AtomicReaderContext? context;
    private Scorer? scorer;
    private SortedSetDocValues? languages;
    private string[] labels = [];
    private TopScoreDocCollector?[] byOrdinal = [];
    private TopScoreDocCollector? unknown;

    public bool AcceptsDocsOutOfOrder => false;

    public int TotalHits => byLanguage.Values.Sum(c => c.TotalHits);

    public void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        foreach (var collector in byLanguage.Values) collector.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        this.context = context;
        foreach (var collector in byLanguage.Values) collector.SetNextReader(context);
        languages = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetOf(IndexFields.Language));
        labels = languages is null ? [] : FacetLabels.Of(context.AtomicReader)[IndexFields.Language];
        byOrdinal = new TopScoreDocCollector?[labels.Length];
        unknown = null;
    }

    public void Collect(int doc) => CollectorOf(doc).Collect(doc);

    /// <summary>Language → its best hits, best first.</summary>
    public IReadOnlyDictionary<string, ScoreDoc[]> Result() =>
        byLanguage.ToDictionary(kv => kv.Key, kv => kv.Value.GetTopDocs().ScoreDocs, StringComparer.Ordinal);

    private TopScoreDocCollector CollectorOf(int doc)
    {
        if (languages is null) return unknown ??= Partition("");
        languages.SetDocument(doc);
        var ord = languages.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS) return unknown ??= Partition("");
        if (byOrdinal[ord] is { } known) return known;
        return byOrdinal[ord] = Partition(labels[ord]);
    }

    private TopScoreDocCollector Partition(string language)
    {
        if (byLanguage.TryGetValue(language, out var existing)) return existing;
        var collector = TopScoreDocCollector.Create(size, true);
        if (context is not null) collector.SetNextReader(context);
        if (scorer is not null) collector.SetScorer(scorer);
        byLanguage[language] = collector;
        return collector;
    }
}

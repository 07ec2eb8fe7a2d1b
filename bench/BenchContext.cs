using LegalSearch.Bench.Corpus;
using LegalSearch.Bench.Engines;
using LegalSearch.Bench.Reporting;
using LegalSearch.Bench.Search;

namespace LegalSearch.Bench;

/// <summary>
/// What the sub-commands of one run share: the corpus read once through the indexer pipeline, the two indexes of it
/// (built on first use, or by the indexing benchmark), the query mix, the report and the target sheet.
/// </summary>
/// <param name="resultsFile">Where the report goes; default bench/results/latest.md.</param>
/// <param name="mix">The queries; default Search/queries.json.</param>
/// <param name="mixName">What the report calls the mix.</param>
/// <param name="otherMix">The other mix, which warms the search up before the mix's own first round, so that round
/// times each query's first search with the code compiled and the catalogs built; default the natural mix.</param>
internal sealed class BenchContext(string corpus, string workFolder, TextWriter log, string? resultsFile = null, IReadOnlyList<BenchQuery>? mix = null, string mixName = "keyword mix, Search/queries.json",
    IReadOnlyList<BenchQuery>? otherMix = null)
{
    private RealProvisions? provisions;

    public TextWriter Log { get; } = log;

    public string WorkFolder { get; } = workFolder;

    public BenchReport Report { get; } = new(resultsFile ?? BenchPaths.LatestResults(), log);

    public TargetSheet Targets { get; } = new();

    public IReadOnlyList<BenchQuery> Mix { get; } = mix ?? BenchQuery.LoadMix();

    public string MixName { get; } = mixName;

    public IReadOnlyList<BenchQuery> OtherMix => otherMix ?? BenchQuery.LoadNaturalMix();

    public RealProvisions Provisions => provisions ??= RealProvisions.Load(corpus, Log);

    public string CorpusPath => corpus;

    public string LuceneIndex => Path.Combine(WorkFolder, "corpus-lucene");

    public string Fts5Database => Path.Combine(WorkFolder, "corpus-fts5.db");

    /// <summary>Set when both corpus indexes are built from <see cref="Provisions"/> in this run.</summary>
    public bool IndexesBuilt { get; set; }

    public void EnsureIndexes()
    {
        if (IndexesBuilt) return;
        Directory.CreateDirectory(WorkFolder);
        Log.WriteLine("building both corpus indexes …");
        LuceneIndexBuilder.Build(Provisions.Statutes, LuceneIndex);
        Fts5Engine.Build(Provisions.Statutes, Fts5Database);
        IndexesBuilt = true;
    }
}

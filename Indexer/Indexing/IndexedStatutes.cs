using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>What the last commit holds about one statute: enough to tell whether a source changed.</summary>
public sealed record IndexedStatute(string Id, string Source, string? ContentHash, StatuteMetadata Metadata, string Language);

/// <summary>
/// The statutes of an index's last commit (one stored-field read per provision, kept per statute), and the text of
/// a statute's provisions for the run record's "which provisions' text changed".
/// </summary>
public sealed class IndexedStatutes : IDisposable
{
    private static readonly IProvisionField[] CatalogFields =
    [
        ProvisionSchema.StatuteId, ProvisionSchema.Source, ProvisionSchema.ContentHash, ProvisionSchema.Country, ProvisionSchema.Language,
        ProvisionSchema.Title, ProvisionSchema.LawNumber, ProvisionSchema.Year, ProvisionSchema.SourceUrl,
    ];

    private readonly DirectoryReader? reader;

    public IReadOnlyDictionary<string, IndexedStatute> ById { get; }

    private IndexedStatutes(DirectoryReader? reader, IReadOnlyDictionary<string, IndexedStatute> byId)
    {
        this.reader = reader;
        ById = byId;
    }

    /// <summary>The statutes of the directory's last commit; empty when the directory has no commit yet.</summary>
    public static IndexedStatutes Read(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return new IndexedStatutes(null, new Dictionary<string, IndexedStatute>());
        var reader = DirectoryReader.Open(directory);
        var byId = new Dictionary<string, IndexedStatute>(StringComparer.Ordinal);
        foreach (var stored in IndexStatistics.LiveDocuments(reader, CatalogFields))
        {
            var id = stored.Get(ProvisionSchema.StatuteId);
            if (id is null || byId.ContainsKey(id)) continue;
            var language = stored.Get(ProvisionSchema.Language) ?? "";
            var metadata = new StatuteMetadata(
                stored.Get(ProvisionSchema.Country) ?? "",
                language,
                stored.Get(ProvisionSchema.Title) ?? "",
                stored.Get(ProvisionSchema.LawNumber),
                stored.Get(ProvisionSchema.Year),
                stored.Get(ProvisionSchema.SourceUrl));
            byId[id] = new IndexedStatute(id, stored.Get(ProvisionSchema.Source) ?? "", stored.Get(ProvisionSchema.ContentHash), metadata, language);
        }
        return new IndexedStatutes(reader, byId);
    }

    /// <summary>Provision id → text of the statute's provisions in the last commit.</summary>
    public IReadOnlyDictionary<string, string> ProvisionTexts(string statuteId)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader is null) return texts;
        var searcher = new IndexSearcher(reader);
        var hits = searcher.Search(new TermQuery(new Term(ProvisionSchema.StatuteId.Name, statuteId)), Math.Max(1, reader.MaxDoc));
        var fields = new HashSet<string> { ProvisionSchema.Id.Name, ProvisionSchema.Text.Name, ProvisionSchema.Notes.Name };
        foreach (var hit in hits.ScoreDocs)
        {
            var stored = StoredProvision.Read(reader, hit.Doc, fields);
            if (stored.Get(ProvisionSchema.Id) is { } id) texts[id] = Runs.ProvisionDiff.Compared(stored.Get(ProvisionSchema.Text), stored.Get(ProvisionSchema.Notes));
        }
        return texts;
    }

    public void Dispose() => reader?.Dispose();
}

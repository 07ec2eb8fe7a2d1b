using System.Globalization;
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
    private static readonly HashSet<string> CatalogFields =
    [
        IndexFields.StatuteId, IndexFields.Source, IndexFields.ContentHash, IndexFields.Country, IndexFields.Language,
        IndexFields.Title, IndexFields.LawNumber, IndexFields.Year, IndexFields.SourceUrl,
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
        foreach (var doc in IndexStatistics.LiveDocuments(reader, CatalogFields))
        {
            var id = doc.Get(IndexFields.StatuteId);
            if (id is null || byId.ContainsKey(id)) continue;
            var metadata = new StatuteMetadata(
                doc.Get(IndexFields.Country) ?? "",
                doc.Get(IndexFields.Language),
                doc.Get(IndexFields.Title) ?? "",
                doc.Get(IndexFields.LawNumber),
                int.TryParse(doc.Get(IndexFields.Year), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
                doc.Get(IndexFields.SourceUrl));
            byId[id] = new IndexedStatute(id, doc.Get(IndexFields.Source) ?? "", doc.Get(IndexFields.ContentHash), metadata, metadata.Language ?? "");
        }
        return new IndexedStatutes(reader, byId);
    }

    /// <summary>Provision id → text of the statute's provisions in the last commit.</summary>
    public IReadOnlyDictionary<string, string> ProvisionTexts(string statuteId)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader is null) return texts;
        var searcher = new IndexSearcher(reader);
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.StatuteId, statuteId)), Math.Max(1, reader.MaxDoc));
        var fields = new HashSet<string> { IndexFields.Id, IndexFields.Text };
        foreach (var hit in hits.ScoreDocs)
        {
            var doc = reader.Document(hit.Doc, fields);
            if (doc.Get(IndexFields.Id) is { } id) texts[id] = doc.Get(IndexFields.Text) ?? "";
        }
        return texts;
    }

    public void Dispose() => reader?.Dispose();
}

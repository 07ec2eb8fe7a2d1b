using System.Security.Cryptography;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Indexing.Runs;

/// <summary>One source of a run, with its statute id, the sha256 of its bytes and what the run will do with it.</summary>
public sealed record PlannedSource(ScannedSource Scanned, string StatuteId, string? Sha256, StatuteOutcome Outcome, string? Reason)
{
    public SourceDocument Document => Scanned.Document;

    /// <summary>Extracted in this run: added or changed.</summary>
    public bool NeedsExtraction => Outcome is StatuteOutcome.Added or StatuteOutcome.Changed;
}

/// <summary>The run as a set: every source classified against the last commit, and the statutes that leave the index.</summary>
public sealed record RunPlan(IReadOnlyList<PlannedSource> Sources, IReadOnlyList<IndexedStatute> Removed);

/// <summary>
/// Compares a source set with what the index holds. Ids are stable across runs: a manifest id is used as given; a
/// source already in the index keeps its statute's id whatever else is in the run; only new sources get new ids.
/// A source is unchanged when its bytes (sha256), its provenance and its metadata are those of the indexed statute.
/// </summary>
public static class RunPlanner
{
    public static RunPlan Plan(IReadOnlyList<ScannedSource> sources, IndexedStatutes indexed, bool rebuild)
    {
        var ids = AssignIds(sources, indexed);
        var planned = sources.Select((source, i) => Classify(source, ids[i], indexed, rebuild)).ToList();
        var kept = ids.ToHashSet(StringComparer.Ordinal);
        var removed = indexed.ById.Values.Where(s => !kept.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new RunPlan(planned, removed);
    }

    private static string[] AssignIds(IReadOnlyList<ScannedSource> sources, IndexedStatutes indexed)
    {
        var factory = new StatuteIdFactory();
        var ids = new string?[sources.Count];
        var idBySource = indexed.ById.Values
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].StatuteIdHint is { } hint) ids[i] = factory.Assign(sources[i].Document, LanguageOf(sources[i]), hint);
        }
        for (var i = 0; i < sources.Count; i++)
        {
            if (ids[i] is null && idBySource.TryGetValue(sources[i].Document.Source, out var existing) && factory.Claim(existing)) ids[i] = existing;
        }
        for (var i = 0; i < sources.Count; i++)
        {
            ids[i] ??= factory.Assign(sources[i].Document, LanguageOf(sources[i]));
        }
        return ids!;
    }

    private static string LanguageOf(ScannedSource source) => source.Document.Metadata.Language ?? "xx";

    private static PlannedSource Classify(ScannedSource source, string id, IndexedStatutes indexed, bool rebuild)
    {
        string sha256;
        try
        {
            sha256 = Sha256Of(source.Document.LocalPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PlannedSource(source, id, null, StatuteOutcome.Failed, $"cannot read the file: {ex.Message}");
        }
        if (!indexed.ById.TryGetValue(id, out var previous)) return new PlannedSource(source, id, sha256, StatuteOutcome.Added, null);
        var reason = rebuild ? "rebuild"
            : previous.ContentHash != sha256 ? "content changed"
            : previous.Source != source.Document.Source ? $"source moved from {previous.Source}"
            : !SameMetadata(source.Document.Metadata, previous) ? "metadata changed"
            : null;
        return new PlannedSource(source, id, sha256, reason is null ? StatuteOutcome.Unchanged : StatuteOutcome.Changed, reason);
    }

    private static bool SameMetadata(StatuteMetadata metadata, IndexedStatute indexed) =>
        metadata.Country == indexed.Metadata.Country
        && TitleRemarks.Split(metadata.Title).Title == indexed.Metadata.Title // the index stores the title without its remarks
        && metadata.LawNumber == indexed.Metadata.LawNumber
        && metadata.Year == indexed.Metadata.Year
        && metadata.OfficialUrl == indexed.Metadata.OfficialUrl
        && (metadata.Language is null || metadata.Language == indexed.Language);

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

using System.Text.Json.Serialization;
using LegalSearch.Indexer.Sources;

namespace LegalSearch.Indexer.Indexing.Runs;

/// <summary>
/// What to index: the whole source set of the index (a run is a set — statutes of the index whose source is not in
/// <see cref="Sources"/> are removed). <see cref="ScannedSource.Document"/>'s Source may be a path or a URL.
/// </summary>
public sealed record IndexRunRequest(string IndexPath, IReadOnlyList<ScannedSource> Sources)
{
    /// <summary>The run's id; given by callers that answer with it before the run ends (the admin endpoint).</summary>
    public string? RunId { get; init; }

    /// <summary>Who started the run: "cli", "startup", "schedule", "admin", "crawl"…</summary>
    public string Trigger { get; init; } = "cli";

    /// <summary>OCR scans without a text layer (needs Tesseract).</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>Extract every source again, even those whose bytes did not change (after an extractor upgrade).</summary>
    public bool Rebuild { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<IndexRunStatus>))]
public enum IndexRunStatus
{
    /// <summary>Under way (or, when its process is gone, interrupted: see <see cref="RunHistory"/>).</summary>
    Running,

    /// <summary>Every source indexed or unchanged; committed.</summary>
    Succeeded,

    /// <summary>Committed; some sources failed (listed) and kept their previous version, if any.</summary>
    CompletedWithFailures,

    /// <summary>Another writer holds the index: nothing done.</summary>
    Refused,

    /// <summary>The index could not be opened or written: nothing committed.</summary>
    Failed,

    /// <summary>Stopped on request before the commit: nothing committed.</summary>
    Cancelled,

    /// <summary>Its process ended (killed) before the commit: nothing committed.</summary>
    Interrupted,
}

/// <summary>What happened to one statute of the set.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatuteOutcome>))]
public enum StatuteOutcome { Added, Changed, Unchanged, Removed, Failed }

/// <summary>Counts per outcome.</summary>
public sealed record IndexRunCounts(int Sources, int Added, int Changed, int Unchanged, int Removed, int Failed, int ProvisionsWritten)
{
    public static IndexRunCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>One source of the run: which statute it is and what became of it.</summary>
public sealed record SourceOutcome(string Source, string StatuteId, string? Sha256, StatuteOutcome Outcome, string? Reason = null);

/// <summary>
/// A statute added, changed or removed by the run; for a changed one, which provisions' text changed and which
/// provisions appeared or disappeared (provision ids).
/// </summary>
public sealed record StatuteChange(
    string StatuteId,
    StatuteOutcome Outcome,
    string Source,
    string? Reason,
    int Provisions,
    IReadOnlyList<string> TextChanged,
    IReadOnlyList<string> ProvisionsAdded,
    IReadOnlyList<string> ProvisionsRemoved);

/// <summary>The record of one indexing run, kept in the run history beside the index.</summary>
public sealed record IndexRun(
    string Id,
    string IndexPath,
    string Trigger,
    int ProcessId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IndexRunStatus Status,
    string? Error,
    IndexRunCounts Counts,
    IReadOnlyList<IndexFailure> Failures,
    IReadOnlyList<StatuteChange> Changes,
    IReadOnlyList<SourceOutcome> Sources)
{
    /// <summary>True when the run's changes are in the index (it committed, or had nothing to change).</summary>
    [JsonIgnore]
    public bool Completed => Status is IndexRunStatus.Succeeded or IndexRunStatus.CompletedWithFailures;

    [JsonIgnore]
    public TimeSpan Elapsed => (EndedAt ?? StartedAt) - StartedAt;

    /// <summary>A run accepted but not yet started (its own record is written once it holds the writer lock).</summary>
    public static IndexRun Pending(string id, string indexPath, string trigger, DateTimeOffset at) =>
        new(id, indexPath, trigger, Environment.ProcessId, at, null, IndexRunStatus.Running, null, IndexRunCounts.Zero, [], [], []);

    /// <summary>The record of a run that ended before it touched the index (refused, failed, or not started).</summary>
    public static IndexRun Ended(string id, string indexPath, string trigger, DateTimeOffset at, IndexRunStatus status, string error) =>
        new(id, indexPath, trigger, Environment.ProcessId, at, at, status, error, IndexRunCounts.Zero, [], [], []);
}

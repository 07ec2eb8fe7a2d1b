using System.Text.Json;
using System.Text.Json.Serialization;
using LegalSearch.Indexer.Indexing.Locking;

namespace LegalSearch.Indexer.Indexing.Runs;

/// <summary>
/// The run history of an index: one JSON file per run in the folder beside the index
/// (<see cref="IndexLocations.RunHistory"/>), written when the run starts and again when it ends, each time by an
/// atomic rename. A run whose record still says "running" but whose process is gone was killed before its commit:
/// it is read back as <see cref="IndexRunStatus.Interrupted"/>.
/// </summary>
public sealed class RunHistory(IndexLocations locations)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Records kept; older ones are deleted when a run ends (a schedule every minute still keeps 8 hours).</summary>
    public const int Kept = 500;

    public string Folder => locations.RunHistory;

    public void Write(IndexRun run)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{run.Id}.json");
        var temporary = $"{path}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(run, JsonOptions));
        File.Move(temporary, path, overwrite: true);
        if (run.Status != IndexRunStatus.Running) Prune();
    }

    /// <summary>Run ids sort by start time, so the oldest records are the first file names.</summary>
    private void Prune()
    {
        var records = Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var old in records.Take(records.Count - Kept)) File.Delete(old);
    }

    /// <summary>Every recorded run, newest first.</summary>
    public IReadOnlyList<IndexRun> List()
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.EnumerateFiles(Folder, "*.json")
            .Select(ReadRun)
            .OfType<IndexRun>()
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    public IndexRun? Find(string runId) => List().FirstOrDefault(r => r.Id == runId);

    /// <summary>The newest run that committed (or had nothing to commit).</summary>
    public IndexRun? LastCompleted() => List().FirstOrDefault(r => r.Completed);

    private static IndexRun? ReadRun(string path)
    {
        try
        {
            var run = JsonSerializer.Deserialize<IndexRun>(File.ReadAllText(path), JsonOptions);
            if (run is { Status: IndexRunStatus.Running } && !LockOwner.IsAlive(run.ProcessId))
            {
                run = run with { Status = IndexRunStatus.Interrupted, Error = "the indexing process ended before its commit" };
            }
            return run;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace LegalSearch.Indexer.Indexing.Locking;

/// <summary>
/// The exclusive, cross-process lock of an index's one writer, held for the writer's life.
/// Lucene.Net's NativeFSLockFactory opens write.lock with FileShare.Read on Linux, which .NET maps to a shared
/// flock (LOCK_SH), so two IndexWriters in two processes both "obtain" it. Here the lock file is opened with
/// FileShare.None, which .NET maps to flock(LOCK_EX | LOCK_NB): the kernel refuses every other opener, in this
/// process or another, and releases the lock when the holder exits, even on kill -9. The file is never deleted
/// (deleting a lock file lets two openers lock two different files) and never force-unlocked.
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    private readonly FileStream stream;

    private IndexWriterLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock of the index, or throws <see cref="IndexLockedException"/> naming the holder.</summary>
    public static IndexWriterLock Acquire(IndexLocations locations, TimeProvider time)
    {
        if (FileLockingDisabled())
        {
            throw new IOException("file locking is disabled (DOTNET_SYSTEM_IO_DISABLEFILELOCKING): refusing to write without an exclusive lock");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(locations.WriterLock)!);
        FileStream stream;
        try
        {
            stream = new FileStream(locations.WriterLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexLockedException(locations.Index, LockOwner.Read(locations.WriterLockOwner), ex);
        }
        LockOwner.Write(locations.WriterLockOwner, new LockOwner(Environment.ProcessId, time.GetUtcNow(), CommandLine()));
        return new IndexWriterLock(stream);
    }

    private static bool FileLockingDisabled() =>
        AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled
        || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true";

    /// <summary>The program and its command ("LegalSearch.Indexer index"); never the options, which may hold a token.</summary>
    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs();
        var program = Path.GetFileNameWithoutExtension(args[0]);
        return args.Length > 1 && !args[1].StartsWith('-') ? $"{program} {args[1]}" : program;
    }

    /// <summary>Releases the lock; the owner file stays and is overwritten by the next holder.</summary>
    public void Dispose() => stream.Dispose();
}

/// <summary>Who holds an index's writer lock.</summary>
public sealed record LockOwner(int ProcessId, DateTimeOffset Since, string Command)
{
    public override string ToString() =>
        $"process {ProcessId.ToString(CultureInfo.InvariantCulture)} since {Since.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)} ({Command})";

    internal static void Write(string path, LockOwner owner)
    {
        var temporary = $"{path}.{owner.ProcessId}.tmp";
        File.WriteAllText(temporary, $"{owner.ProcessId}\n{owner.Since:O}\n{owner.Command}\n");
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The recorded holder, or null when the owner file is missing or unreadable (the lock itself still refuses).</summary>
    internal static LockOwner? Read(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length < 2) return null;
            return new LockOwner(
                int.Parse(lines[0], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(lines[1], CultureInfo.InvariantCulture),
                lines.Length > 2 ? lines[2] : "");
        }
        catch (Exception ex) when (ex is IOException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the process of a run record is still alive (for runs a kill -9 left "running").</summary>
    public static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>A second writer was refused: another process (or run) holds the index's writer lock.</summary>
public sealed class IndexLockedException(string indexPath, LockOwner? owner, Exception inner)
    : IOException(owner is null
        ? $"index {indexPath} is being written by another process"
        : $"index {indexPath} is being written by {owner}", inner)
{
    public LockOwner? Owner { get; } = owner;
}
